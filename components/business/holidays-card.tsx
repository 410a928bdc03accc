"use client";

import { Plus, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { addHolidayAction, removeHolidayAction } from "@/app/(app)/w/[workspace]/settings/business/actions";
import { FormError } from "@/components/common/form-error";
import { echoed } from "@/components/common/form-values";
import { SubmitButton } from "@/components/common/submit-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export type HolidayItem = { id: string; date: string; name: string | null; specialHours: string[] | null };

function useDayLabel() {
  const format = useFormatter();
  // A calendar date, not an instant: read at noon UTC so no time zone moves it to the day before.
  return (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

function RemoveHoliday({ slug, holiday }: { slug: string; holiday: HolidayItem }) {
  const t = useTranslations("business.holidays");
  const day = useDayLabel();
  const [state, action] = useActionState(removeHolidayAction, null);
  return (
    <form action={action} className="grid justify-items-end gap-1">
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="id" value={holiday.id} />
      <SubmitButton variant="outline">
        <Trash2 aria-hidden />
        <span className="sr-only">{t("removeLabel", { date: day(holiday.date) })}</span>
        <span aria-hidden>{t("remove")}</span>
      </SubmitButton>
      <FormError state={state} />
    </form>
  );
}

function AddHolidayForm({ slug }: { slug: string }) {
  const t = useTranslations("business.holidays");
  const [state, action] = useActionState(addHolidayAction, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const error = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  return (
    <form ref={form} action={action} className="grid gap-3 border-t pt-4">
      <input type="hidden" name="workspace" value={slug} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <div className="grid gap-2">
          <Label htmlFor="holiday-date">{t("date")}</Label>
          <Input id="holiday-date" name="date" type="date" required defaultValue={echoed(state, "date")} aria-invalid={error("date") ? true : undefined} />
          {error("date") ? <p className="text-sm text-destructive">{t("dateInvalid")}</p> : null}
        </div>
        <div className="grid gap-2">
          <Label htmlFor="holiday-name">{t("name")}</Label>
          <Input id="holiday-name" name="name" maxLength={120} placeholder={t("namePlaceholder")} defaultValue={echoed(state, "name")} />
        </div>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="holiday-hours">{t("specialHours")}</Label>
        <Input id="holiday-hours" name="specialHours" maxLength={200} placeholder="10:00-14:00" defaultValue={echoed(state, "specialHours")} aria-describedby="holiday-hours-help" aria-invalid={error("specialHours") ? true : undefined} />
        <p id="holiday-hours-help" className="text-sm text-muted-foreground">
          {t("specialHoursHelp")}
        </p>
        {error("specialHours") ? <p className="text-sm text-destructive">{t("rangesInvalid")}</p> : null}
      </div>
      {state && !state.ok && !state.fieldErrors ? <FormError state={state} /> : null}
      <div>
        <SubmitButton variant="outline">
          <Plus aria-hidden />
          {t("add")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Upcoming holidays and closures; managers add and remove them. */
export function HolidaysCard({ slug, holidays, canManage }: { slug: string; holidays: HolidayItem[]; canManage: boolean }) {
  const t = useTranslations("business.holidays");
  const day = useDayLabel();
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {holidays.length ? (
          <ul className="divide-y" aria-label={t("title")}>
            {holidays.map((h) => (
              <li key={h.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <div className="grid gap-0.5">
                  <span className="text-sm font-medium first-letter:uppercase">{day(h.date)}</span>
                  <span className="text-sm text-muted-foreground">
                    {[h.name, h.specialHours?.length ? t("openOnly", { ranges: h.specialHours.map((r) => r.replace("-", "–")).join(", ") }) : t("closedAllDay")].filter(Boolean).join(" · ")}
                  </span>
                </div>
                {canManage ? <RemoveHoliday slug={slug} holiday={h} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        )}
        {canManage ? <AddHolidayForm slug={slug} /> : null}
      </CardContent>
    </Card>
  );
}
