import type { Found, Moment } from "./types";

/** Words that join a date and the time after it, on one line: "mañana a las 10:00", "Friday at 5pm", "sábado, 10:00". */
const DATE_THEN_TIME = /^[ \t,]*(?:(?:a las|a la|las|la|as|a|at|@|-|–|de|desde|das|from|entre|between|por la (?:manana|tarde|noche)|in the (?:morning|afternoon|evening)|em|,)[ \t]*)*$/;
/** …and a time and the date after it: "a las 10:00 del viernes", "5pm on Friday" (a joining word is needed: a list of hours is not). */
const TIME_THEN_DATE = /^[ \t,]*(?:del|de|el|on|do|da|no|na|this|este|esta|next|proximo|proxima)(?:[ \t]+(?:el|la|this|next|proximo|proxima))*[ \t]*$/;
/** A delivery verb just before a date makes it a deadline: "llegará el lunes", "arrives tomorrow", "chega amanhã". */
const DELIVERY_BEFORE =
  /\b(llega|llegara|llegaria|llegaran|llegue|lleguen|recibiras|recibira|recibiran|recibes|lo tendras|la tendras|lo tienes|entrega|entregara|entregaran|entregaremos|entregamos|sale|saldra|envio previsto|entrega prevista|fecha prevista|eta|arrive|arrives|arriving|will arrive|deliver|delivered|delivery|get it|receive|expected|chega|chegara|chegam|chegar|recebera|recebe|entregaremos|previsao|prevista|previsto)\b[^.!?\n]{0,20}$/;

/**
 * Joins each time written next to a date into one moment (both claims then share it), and marks
 * dates after a delivery verb as deadlines. `folded` is the unmasked folded text.
 */
export function groupMoments(found: Found[], folded: string): void {
  const dates = found.filter((f) => f.moment?.date && !f.moment.time).sort((a, b) => a.start - b.start);
  const times = found.filter((f) => f.moment?.time && !f.moment.date).sort((a, b) => a.start - b.start);
  const used = new Set<Found>();
  for (const t of times) {
    const before = dates.filter((d) => d.end <= t.start && !used.has(d) && DATE_THEN_TIME.test(folded.slice(d.end, t.start))).at(-1);
    const after = before ? undefined : dates.find((d) => d.start >= t.end && !used.has(d) && TIME_THEN_DATE.test(folded.slice(t.end, d.start)));
    const d = before ?? after;
    if (!d) continue;
    const moment: Moment = { ...d.moment, time: t.moment!.time };
    d.moment = moment;
    t.moment = moment;
    used.add(d);
  }
  for (const f of found) {
    if (f.kind === "date" && DELIVERY_BEFORE.test(folded.slice(Math.max(0, f.start - 40), f.start))) f.kind = "deadline";
  }
}
