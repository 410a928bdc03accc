import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Language } from "@/lib/ai/types";
import { describeHours } from "@/lib/business/schedule-labels";
import type { WeeklyRange } from "@/lib/business/schedule";

/** The week as the assistant tells it ("lunes: 9:00–14:00 y 16:00–20:00"), for those who may not edit it. */
export async function HoursSummary({ hours, timeZone, language }: { hours: WeeklyRange[]; timeZone: string; language: Language }) {
  const t = await getTranslations("business");
  const days = describeHours({ timeZone, hours, holidays: [] }, language);
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("hours.title")}</CardTitle>
        <CardDescription>{t("hours.description", { timeZone })}</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-1 text-sm">
          {days.map((d) => (
            <li key={d.weekday} className="first-letter:uppercase">
              {d.label}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
