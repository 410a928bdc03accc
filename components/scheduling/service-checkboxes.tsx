"use client";

import { useTranslations } from "next-intl";

/** The services a resource does, as checkboxes named `serviceIds`; none ticked means all. */
export function ServiceCheckboxes({ idPrefix, services, checked }: { idPrefix: string; services: { id: string; name: string }[]; checked: string[] }) {
  const t = useTranslations("operations.resources");
  if (!services.length) return <p className="text-xs text-muted-foreground">{t("noServices")}</p>;
  return (
    <fieldset className="grid gap-1">
      <legend className="text-xs text-muted-foreground">{t("servicesLegend")}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {services.map((s) => (
          <label key={s.id} htmlFor={`${idPrefix}-${s.id}`} className="flex items-center gap-2 text-sm">
            <input id={`${idPrefix}-${s.id}`} type="checkbox" name="serviceIds" value={s.id} defaultChecked={checked.includes(s.id)} className="size-4 accent-primary" />
            {s.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
