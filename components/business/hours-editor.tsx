"use client";

import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { saveHoursAction } from "@/app/(app)/w/[workspace]/settings/business/actions";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { checkWeeklyHours, MAX_RANGES_PER_DAY, type HoursProblem, type HoursReason } from "@/lib/business/hours-check";
import { parseHHMM, toHHMM } from "@/lib/business/schedule-time";

type Range = { opens: string; closes: string };
type Week = Range[][];

/** Monday first, as the week is read in Spain and Latin America. */
const ORDER = [1, 2, 3, 4, 5, 6, 0];

function useWeekdayNames(): string[] {
  const tw = useTranslations("business.hours.weekdays");
  return [tw("sunday"), tw("monday"), tw("tuesday"), tw("wednesday"), tw("thursday"), tw("friday"), tw("saturday")];
}

function ProblemText({ reason }: { reason: HoursReason }) {
  const tp = useTranslations("business.hours.problems");
  switch (reason) {
    case "time_invalid":
      return tp("time_invalid");
    case "closes_before_opens":
      return tp("closes_before_opens");
    case "overlap":
      return tp("overlap");
    case "too_many":
      return tp("too_many");
  }
}

/** A sensible next range: an hour after the last one closes, four hours long, within the day. */
function nextRange(day: Range[]): Range {
  const last = day.at(-1);
  if (!last) return { opens: "09:00", closes: "14:00" };
  const start = Math.min((parseHHMM(last.closes) ?? 14 * 60) + 60, 23 * 60);
  return { opens: toHHMM(start), closes: toHHMM(Math.min(start + 240, 24 * 60)) };
}

/**
 * The week's opening hours, several ranges a day (add and remove ranges), checked as they are typed
 * by the same rules the server applies; the whole week is saved at once.
 */
export function HoursEditor({ slug, hours, timeZone }: { slug: string; hours: { weekday: number; opens: string; closes: string }[]; timeZone: string }) {
  const t = useTranslations("business");
  const days = useWeekdayNames();
  const [state, action] = useActionState(saveHoursAction, null);
  const [week, setWeek] = useState<Week>(() => Array.from({ length: 7 }, (_, d) => hours.filter((h) => h.weekday === d).map(({ opens, closes }) => ({ opens, closes }))));
  useEffect(() => {
    if (state?.ok && state.data.ok) toast.success(t("saved"));
  }, [state, t]);

  const flat = useMemo(() => ORDER.flatMap((weekday) => week[weekday].map((r) => ({ weekday, ...r }))), [week]);
  const live = checkWeeklyHours(flat);
  // The server applies the same rules, so what it would refuse is already shown here.
  const problems: HoursProblem[] = live.ok ? [] : live.problems;
  const refused = state?.ok && !state.data.ok;
  const problemAt = (weekday: number, index: number) => problems.find((p) => p.weekday === weekday && p.index === index);

  const update = (weekday: number, fn: (day: Range[]) => Range[]) => setWeek((w) => w.map((day, d) => (d === weekday ? fn(day) : day)));
  const setField = (weekday: number, index: number, field: keyof Range, value: string) => update(weekday, (day) => day.map((r, i) => (i === index ? { ...r, [field]: value } : r)));

  return (
    <form action={action}>
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="hours" value={JSON.stringify(flat)} />
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("hours.title")}</CardTitle>
          <CardDescription>{t("hours.description", { timeZone })}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-1">
          <FormError state={state} />
          <ul className="divide-y">
            {ORDER.map((weekday) => (
              <li key={weekday} className="grid gap-2 py-3 sm:grid-cols-[8rem_1fr] sm:items-start" data-testid={`hours-day-${weekday}`}>
                <span className="pt-2 text-sm font-medium">{days[weekday]}</span>
                <div className="grid gap-2">
                  {week[weekday].length === 0 ? <span className="pt-2 text-sm text-muted-foreground">{t("hours.closed")}</span> : null}
                  {week[weekday].map((r, index) => {
                    const problem = problemAt(weekday, index);
                    const label = (field: string) => `${t("hours.rangeLabel", { day: days[weekday], number: index + 1 })}: ${field}`;
                    return (
                      <div key={index} className="grid gap-1">
                        <div className="flex items-center gap-2">
                          <Input className="w-24 tabular-nums" inputMode="numeric" maxLength={5} placeholder="09:00" value={r.opens} aria-label={label(t("hours.opens"))} aria-invalid={problem ? true : undefined} onChange={(e) => setField(weekday, index, "opens", e.target.value)} />
                          <span aria-hidden>–</span>
                          <Input className="w-24 tabular-nums" inputMode="numeric" maxLength={5} placeholder="14:00" value={r.closes} aria-label={label(t("hours.closes"))} aria-invalid={problem ? true : undefined} onChange={(e) => setField(weekday, index, "closes", e.target.value)} />
                          <Button type="button" variant="ghost" size="icon" aria-label={t("hours.removeRange")} onClick={() => update(weekday, (day) => day.filter((_, i) => i !== index))}>
                            <X aria-hidden />
                          </Button>
                        </div>
                        {problem ? (
                          <p className="text-sm text-destructive" role="alert">
                            <ProblemText reason={problem.reason} />
                          </p>
                        ) : null}
                      </div>
                    );
                  })}
                  {week[weekday].length < MAX_RANGES_PER_DAY ? (
                    <div>
                      <Button type="button" variant="outline" size="sm" onClick={() => update(weekday, (day) => [...day, nextRange(day)])}>
                        <Plus aria-hidden />
                        {t("hours.addRange")}
                      </Button>
                    </div>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          {!live.ok || refused ? <p className="text-sm text-destructive">{t("hours.fixProblems")}</p> : null}
        </CardContent>
        <CardFooter className="justify-end border-t pt-6">
          <SubmitButton>{t("hours.save")}</SubmitButton>
        </CardFooter>
      </Card>
    </form>
  );
}
