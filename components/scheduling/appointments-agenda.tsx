import { CalendarDays } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Language } from "@/lib/ai/types";
import type { AppointmentView } from "@/lib/business/appointments-queries";
import { localParts } from "@/lib/business/schedule-time";
import { dayLabel } from "@/lib/business/scheduling-labels";
import { localTimeOf } from "@/lib/business/scheduling-time";
import { CancelAppointmentButton } from "./cancel-appointment-button";

/** The coming appointments, day by day in the business's time zone. */
export async function AppointmentsAgenda({ appointments, timeZone, language, slug, canEdit }: { appointments: AppointmentView[]; timeZone: string; language: Language; slug: string; canEdit: boolean }) {
  const t = await getTranslations("operations.appointments");
  const days = new Map<string, AppointmentView[]>();
  for (const a of appointments) {
    const date = localParts(a.startsAt, timeZone).date;
    days.set(date, [...(days.get(date) ?? []), a]);
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("agendaTitle")}</CardTitle>
        <CardDescription>{t("agendaDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {!appointments.length ? <EmptyState icon={<CalendarDays />} title={t("emptyTitle")} description={t("emptyBody")} /> : null}
        {[...days.entries()].map(([date, list]) => (
          <section key={date} aria-labelledby={`day-${date}`} className="grid gap-2">
            <h3 id={`day-${date}`} className="text-sm font-semibold first-letter:uppercase">
              {dayLabel(list[0].startsAt, timeZone, language)}
            </h3>
            <ul className="divide-y rounded-lg border">
              {list.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                  <div className="flex min-w-0 items-baseline gap-3">
                    <span className="w-24 shrink-0 font-medium tabular-nums">
                      {localTimeOf(a.startsAt, timeZone)}–{localTimeOf(a.endsAt, timeZone)}
                    </span>
                    <div className="grid min-w-0 gap-0.5">
                      <span className="truncate">{a.customerName ?? a.contactName ?? (a.contactPhone ? `+${a.contactPhone}` : t("noCustomer"))}</span>
                      <span className="truncate text-xs text-muted-foreground">{[a.serviceName ?? t("noService"), a.resourceName].filter(Boolean).join(" · ")}</span>
                    </div>
                    {a.createdVia === "assistant" ? <Badge variant="secondary">{t("byAssistant")}</Badge> : null}
                  </div>
                  {canEdit ? <CancelAppointmentButton slug={slug} appointmentId={a.id} when={`${dayLabel(a.startsAt, timeZone, language)}, ${localTimeOf(a.startsAt, timeZone)}`} /> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </CardContent>
    </Card>
  );
}
