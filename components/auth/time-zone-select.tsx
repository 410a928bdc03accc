"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { isKnownTimeZone, TIME_ZONES } from "@/lib/tenancy/time-zones";

export function TimeZoneSelect({ id, name, defaultValue }: { id: string; name: string; defaultValue?: string }) {
  const t = useTranslations("timeZones");
  const [value, setValue] = useState(defaultValue && isKnownTimeZone(defaultValue) ? defaultValue : "Europe/Madrid");
  return (
    <Select name={name} value={value} onValueChange={setValue}>
      <SelectTrigger id={id} className="w-full">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {TIME_ZONES.map((tz) => (
          <SelectItem key={tz} value={tz}>
            {t.has(tz.replaceAll("/", "_")) ? t(tz.replaceAll("/", "_")) : tz}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
