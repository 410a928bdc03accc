"use client";

import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { LOCALES } from "@/lib/i18n/locales";

export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const [pending, start] = useTransition();
  return (
    <Select value={locale} disabled={pending} onValueChange={(v) => start(() => setLocaleAction(v))}>
      <SelectTrigger size="sm" aria-label={t("language")} className="w-auto gap-2">
        <Languages className="size-4" aria-hidden />
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {LOCALES.map((l) => (
          <SelectItem key={l} value={l}>
            {t(`locales.${l}`)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
