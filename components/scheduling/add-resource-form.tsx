"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addResourceAction } from "@/app/(app)/w/[workspace]/appointments/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ServiceCheckboxes } from "./service-checkboxes";

export function AddResourceForm({ slug, services }: { slug: string; services: { id: string; name: string }[] }) {
  const t = useTranslations("operations.resources");
  const [state, action] = useActionState(addResourceAction, null);
  return (
    <form action={action} className="grid gap-3 rounded-lg border p-3">
      <h3 className="text-sm font-semibold">{t("addTitle")}</h3>
      <input type="hidden" name="workspace" value={slug} />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto]">
        <div className="grid gap-2">
          <Label htmlFor="resource-name">{t("name")}</Label>
          <Input id="resource-name" name="name" required maxLength={120} placeholder={t("namePlaceholder")} />
          <FieldError state={state} name="name" />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="resource-kind">{t("kind")}</Label>
          <Select name="kind" defaultValue="staff">
            <SelectTrigger id="resource-kind">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="staff">{t("kinds.staff")}</SelectItem>
              <SelectItem value="room">{t("kinds.room")}</SelectItem>
            </SelectContent>
          </Select>
        </div>
      </div>
      <ServiceCheckboxes idPrefix="new-resource" services={services} checked={[]} />
      <FormError state={state} />
      <div>
        <SubmitButton>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
