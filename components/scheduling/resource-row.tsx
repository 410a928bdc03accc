"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { removeResourceAction, setResourceServicesAction } from "@/app/(app)/w/[workspace]/appointments/actions";
import { ConfirmAction } from "@/components/common/confirm-action";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { ServiceCheckboxes } from "./service-checkboxes";

type Resource = { id: string; name: string; kind: string; serviceIds: string[] };

/** One resource: what it does (editable by managers) and a remove button. */
export function ResourceRowItem({ slug, resource: r, services, canEdit }: { slug: string; resource: Resource; services: { id: string; name: string }[]; canEdit: boolean }) {
  const t = useTranslations("operations.resources");
  const [servicesState, saveServices] = useActionState(setResourceServicesAction, null);
  const [removeState, remove] = useActionState(removeResourceAction, null);
  const names = services.filter((s) => r.serviceIds.includes(s.id)).map((s) => s.name);
  const refused = removeState?.ok && !removeState.data.ok && removeState.data.reason === "has_appointments" ? removeState.data.count : null;
  return (
    <li className="grid gap-2 py-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="grid gap-0.5">
          <span className="font-medium">{r.name}</span>
          <span className="text-xs text-muted-foreground">
            {r.kind === "room" ? t("kinds.room") : t("kinds.staff")} · {names.length ? names.join(", ") : t("allServices")}
          </span>
        </div>
        {canEdit ? <ConfirmAction trigger={t("remove")} title={t("removeTitle", { name: r.name })} description={t("removeBody")} confirmLabel={t("removeConfirm")} action={remove} fields={{ workspace: slug, id: r.id }} /> : null}
      </div>
      {canEdit && services.length ? (
        <form action={saveServices} className="grid gap-2">
          <input type="hidden" name="workspace" value={slug} />
          <input type="hidden" name="id" value={r.id} />
          <ServiceCheckboxes idPrefix={`resource-${r.id}`} services={services} checked={r.serviceIds} />
          <div>
            <SubmitButton variant="outline">{t("saveServices")}</SubmitButton>
          </div>
        </form>
      ) : null}
      {refused !== null ? (
        <p role="alert" className="text-sm text-destructive">
          {t("removeRefused", { count: refused })}
        </p>
      ) : null}
      <FormError state={servicesState} />
      <FormError state={removeState} />
    </li>
  );
}
