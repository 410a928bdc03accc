"use client";

import { Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { toast } from "sonner";
import { createServiceAction, updateServiceAction } from "@/app/(app)/w/[workspace]/settings/services/actions";
import { FormError } from "@/components/common/form-error";
import { echoed } from "@/components/common/form-values";
import { SubmitButton } from "@/components/common/submit-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { CURRENCIES, priceInputValue } from "@/lib/business/services-money";

export type EditableService = { id: string; name: string; description: string | null; priceMicros: number | null; currency: string; durationMinutes: number | null; bookable: boolean; active: boolean };

const failed = (state: ActionResult | null, name: string) => Boolean(state && !state.ok && state.fieldErrors?.[name]);

function ServiceFields({ state, service, language }: { state: ActionResult | null; service?: EditableService; language: "es" | "en" }) {
  const t = useTranslations("business.services");
  const id = service?.id ?? "new";
  const currency = service?.currency ?? "EUR";
  const currencies = (CURRENCIES as readonly string[]).includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor={`service-name-${id}`}>{t("name")}</Label>
        <Input id={`service-name-${id}`} name="name" required maxLength={120} placeholder={t("namePlaceholder")} defaultValue={echoed(state, "name", service?.name)} aria-invalid={failed(state, "name") || undefined} />
        {failed(state, "name") ? <p className="text-sm text-destructive">{t("nameMissing")}</p> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="grid gap-2">
          <Label htmlFor={`service-price-${id}`}>{t("price")}</Label>
          <Input id={`service-price-${id}`} name="price" inputMode="decimal" maxLength={40} placeholder="60,00" defaultValue={echoed(state, "price", priceInputValue(service?.priceMicros ?? null, language))} aria-describedby={`service-price-help-${id}`} aria-invalid={failed(state, "price") || undefined} />
          {failed(state, "price") ? <p className="text-sm text-destructive">{t("priceInvalid")}</p> : null}
        </div>
        <div className="grid gap-2">
          <Label htmlFor={`service-currency-${id}`}>{t("currency")}</Label>
          <Select name="currency" defaultValue={echoed(state, "currency", currency)}>
            <SelectTrigger id={`service-currency-${id}`} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {currencies.map((c) => (
                <SelectItem key={c} value={c}>
                  {c}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          {failed(state, "currency") ? <p className="text-sm text-destructive">{t("currencyInvalid")}</p> : null}
        </div>
        <div className="grid gap-2">
          <Label htmlFor={`service-duration-${id}`}>{t("duration")}</Label>
          <Input id={`service-duration-${id}`} name="duration" type="number" min={1} max={1440} step={1} defaultValue={echoed(state, "duration", service?.durationMinutes?.toString() ?? "")} aria-invalid={failed(state, "duration") || undefined} />
          {failed(state, "duration") ? <p className="text-sm text-destructive">{t("durationInvalid")}</p> : null}
        </div>
      </div>
      <p id={`service-price-help-${id}`} className="-mt-2 text-sm text-muted-foreground">
        {t("priceHelp")}
      </p>
      <div className="grid gap-2">
        <Label htmlFor={`service-description-${id}`}>{t("description")}</Label>
        <Textarea id={`service-description-${id}`} name="description" rows={3} maxLength={1000} defaultValue={echoed(state, "description", service?.description ?? "")} />
      </div>
      <div className="flex flex-wrap gap-6">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="bookable" defaultChecked={service?.bookable ?? true} className="size-4" />
          {t("bookable")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="active" defaultChecked={service?.active ?? true} className="size-4" />
          {t("active")}
        </label>
      </div>
    </div>
  );
}

/** Add a service, or edit one (`service` given), in a dialog that closes once saved. */
export function ServiceDialog({ slug, service, language }: { slug: string; service?: EditableService; language: "es" | "en" }) {
  const t = useTranslations("business");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const save = service ? updateServiceAction : createServiceAction;
  // Closing from the action, not from an effect: the dialog closes when the save succeeds.
  const [state, action] = useActionState(async (prev: Awaited<ReturnType<typeof save>> | null, formData: FormData) => {
    const result = await save(prev, formData);
    if (result.ok) {
      setOpen(false);
      toast.success(t("saved"));
    }
    return result;
  }, null);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {service ? (
          <Button variant="outline" size="sm">
            <Pencil aria-hidden />
            {t("services.edit")}
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden />
            {t("services.add")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{service ? t("services.editTitle") : t("services.addTitle")}</DialogTitle>
        </DialogHeader>
        <form action={action} className="grid gap-4">
          <input type="hidden" name="workspace" value={slug} />
          {service ? <input type="hidden" name="id" value={service.id} /> : null}
          <FormError state={state} />
          <ServiceFields state={state} service={service} language={language} />
          <div className="flex justify-end">
            <SubmitButton>{t("services.save")}</SubmitButton>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
