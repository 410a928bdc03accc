import type { Language } from "../../types";
import type { BusinessFactsData } from "../../tools/schemas";
import { matchServices } from "../services";
import { addDays, dateKey, weekdayOf, type LocalDate } from "../tz";
import { capital, dayOf, pick, rows } from "./common";

/** Replies from the business's facts: hours, holidays, open now, address, contact, services and prices. */

export type FactsAsk = { hours: boolean; address: boolean; contact: boolean; day?: LocalDate; todayKey: string };

function openNowText(data: BusinessFactsData, language: Language): string | null {
  if (data.openNow) return pick(language, { es: "Ahora mismo estamos abiertos.", en: "We're open right now.", pt: "Neste momento estamos abertos." });
  if (data.nextOpen) return pick(language, { es: `Ahora estamos cerrados; abrimos ${data.nextOpen.label}.`, en: `We're closed right now; we open ${data.nextOpen.label}.`, pt: `Agora estamos fechados; abrimos ${data.nextOpen.label}.` });
  return null;
}

/** The hours of one day the customer asked about ("¿abrís el sábado?"), holidays first. */
function dayText(data: BusinessFactsData, day: LocalDate, language: Language, plain: boolean): string | null {
  const holiday = data.holidays?.find((h) => h.date === dateKey(day));
  if (holiday) {
    const name = holiday.name ? ` (${holiday.name})` : "";
    const date = plain ? holiday.date : dayOf(holiday.date, language);
    return rows(pick(language, { es: `El ${date} estamos cerrados${name}.`, en: `We're closed on ${date}${name}.`, pt: `No dia ${date} estamos fechados${name}.` }), reopenText(data, day, language));
  }
  const entry = data.hours?.find((h) => h.weekday === weekdayOf(day));
  if (!entry) return null;
  return rows(`${capital(entry.label)}.`, entry.ranges.length ? null : reopenText(data, day, language));
}

/** After a closed day, the next day with opening hours, as its hours label ("miércoles: 9:00–14:00"). */
function reopenText(data: BusinessFactsData, day: LocalDate, language: Language): string | null {
  for (let k = 1; k <= 14; k++) {
    const next = addDays(day, k);
    if (data.holidays?.some((h) => h.date === dateKey(next))) continue;
    const entry = data.hours?.find((h) => h.weekday === weekdayOf(next));
    if (!entry?.ranges.length) continue;
    const weekend = entry.weekday === 0 || entry.weekday === 6;
    return pick(language, { es: `Volvemos a abrir el ${entry.label}.`, en: `We open again on ${capital(entry.label)}.`, pt: `Voltamos a abrir ${weekend ? "no" : "na"} ${entry.label}.` });
  }
  return null;
}

/** Holidays in the next 30 days, as a closing note. */
function holidaysText(data: BusinessFactsData, todayKey: string, language: Language, plain: boolean): string | null {
  const limit = new Date(Date.parse(`${todayKey}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const soon = (data.holidays ?? []).filter((h) => h.date >= todayKey && h.date <= limit).slice(0, 3);
  if (!soon.length) return null;
  const list = soon.map((h) => `${plain ? h.date : dayOf(h.date, language)}${h.name ? ` (${h.name})` : ""}`).join(", ");
  return pick(language, { es: `Cerramos: ${list}.`, en: `Closed on: ${list}.`, pt: `Fechamos: ${list}.` });
}

function contactText(data: BusinessFactsData, language: Language): string | null {
  const c = data.contact;
  if (!c) return null;
  const parts = [c.phone && pick(language, { es: `Teléfono: ${c.phone}`, en: `Phone: ${c.phone}`, pt: `Telefone: ${c.phone}` }), c.email && `Email: ${c.email}`, c.website && `Web: ${c.website}`].filter(Boolean);
  return parts.length ? `${parts.join(". ")}.` : null;
}

/** Hours / address / contact, as asked; null when the facts hold nothing for the question. */
export function hoursLocationText(data: BusinessFactsData, ask: FactsAsk, language: Language, plain = false): string | null {
  const out: (string | null)[] = [];
  if (ask.hours) {
    const day = ask.day ? dayText(data, ask.day, language, plain) : null;
    if (day) out.push(day);
    else if (data.hours?.length) {
      const head = pick(language, { es: "Nuestro horario:", en: "Our opening hours:", pt: "O nosso horário:" });
      out.push([head, ...data.hours.map((h) => capital(h.label))].join("\n"));
      out.push(holidaysText(data, ask.todayKey, language, plain));
    }
    if (!ask.day || dateKey(ask.day) === ask.todayKey) out.push(openNowText(data, language));
  }
  if (ask.address && data.address) out.push(pick(language, { es: `Estamos en ${data.address}.`, en: `We're at ${data.address}.`, pt: `Estamos em ${data.address}.` }));
  if (ask.contact) out.push(contactText(data, language));
  const text = out.filter(Boolean).join("\n");
  return text.trim() ? text : null;
}

const ON_REQUEST = { es: "precio a consultar", en: "price on request", pt: "preço sob consulta" };

function serviceLine(s: NonNullable<BusinessFactsData["services"]>[number], language: Language): string {
  const price = s.price ? s.price.display : ON_REQUEST[language];
  return `${s.name}: ${price}${s.durationMinutes ? ` (${s.durationMinutes} min)` : ""}`;
}

/** The service the customer named with its price, or the list (up to ten). Null when there are none. */
export function servicesText(data: BusinessFactsData, customerText: string, language: Language): string | null {
  const services = data.services ?? [];
  if (!services.length) return null;
  const named = matchServices(customerText, services);
  if (named.length) return named.map((s) => `${serviceLine(s, language)}.`).join("\n");
  const head = pick(language, { es: "Estos son nuestros servicios y precios:", en: "These are our services and prices:", pt: "Estes são os nossos serviços e preços:" });
  return [head, ...services.slice(0, 10).map((s) => serviceLine(s, language))].join("\n");
}

