import { headerKey, readTable, shown, yesNo, type CsvRead } from "./business-csv-table";
import { MAX_DURATION_MINUTES } from "./services";
import { parsePrice } from "./services-money";

export type ServiceRow = { name: string; description: string | null; priceMicros: number | null; currency: string; durationMinutes: number | null; bookable: boolean };
export type ServiceRowReason = "name_missing" | "name_too_long" | "description_too_long" | "price_invalid" | "currency_invalid" | "duration_invalid" | "bookable_invalid" | "duplicate_name";

type Column = "name" | "price" | "currency" | "duration" | "description" | "bookable";
const ALIASES: Record<Column, string[]> = {
  name: ["name", "nombre", "nome", "service", "servicio", "serviço", "servico", "tratamiento", "producto"],
  price: ["price", "precio", "preço", "preco", "importe", "tarifa", "valor"],
  currency: ["currency", "moneda", "moeda", "divisa"],
  duration: ["duration", "duración", "duracion", "duração", "duracao", "minutes", "minutos", "duration minutes", "duración minutos", "duracion min", "tiempo"],
  description: ["description", "descripción", "descripcion", "descrição", "descricao", "detalle", "detalles", "notas"],
  bookable: ["bookable", "reservable", "se puede reservar", "cita", "agendável", "agendavel", "online"],
};

/** "45", "45 min", "1 h", "1h 30", "1:30" → minutes; "" → null (not said); anything else → NaN. */
export function parseDuration(text: string): number | null {
  const v = headerKey(text.replace(":", " h "));
  if (!v) return null;
  const minutes = /^(\d{1,4})(?: ?(?:m|min|mins|minutes|minutos))?$/.exec(v);
  if (minutes) return Number(minutes[1]);
  const hours = /^(\d{1,2}) ?(?:h|hr|hora|horas|hour|hours)(?: ?(\d{1,2})(?: ?(?:m|min|mins|minutes|minutos))?)?$/.exec(v);
  if (hours) return Number(hours[1]) * 60 + Number(hours[2] ?? 0);
  return NaN;
}

/**
 * A services file: `name` required; `price` as typed in Spain or Latin America ("60,00", "1.200"),
 * empty = price on request; `currency` a three-letter code (default `defaultCurrency`); `duration`
 * in minutes ("45", "1 h 30"); `description`; optional `bookable` (sí/no, default yes). A name may
 * appear once in the file.
 */
export function readServicesFile(text: string, opts: { defaultCurrency?: string } = {}): CsvRead<ServiceRow, ServiceRowReason> {
  const seen = new Map<string, number>();
  return readTable<Column, ServiceRow, ServiceRowReason>(text, { aliases: ALIASES, required: ["name"] }, (c, row, problem) => {
    if (!c.name) problem("name_missing");
    else if (c.name.length > 120) problem("name_too_long");
    else if (seen.has(headerKey(c.name))) problem("duplicate_name", { value: shown(c.name), otherRow: seen.get(headerKey(c.name)) });
    else seen.set(headerKey(c.name), row);
    if (c.description.length > 1000) problem("description_too_long");
    const priceMicros = c.price ? parsePrice(c.price) : null;
    if (c.price && priceMicros === null) problem("price_invalid", { value: shown(c.price) });
    const currency = (c.currency || opts.defaultCurrency || "EUR").toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) problem("currency_invalid", { value: shown(c.currency) });
    const durationMinutes = parseDuration(c.duration);
    if (durationMinutes !== null && !(durationMinutes >= 1 && durationMinutes <= MAX_DURATION_MINUTES)) problem("duration_invalid", { value: shown(c.duration) });
    const bookable = yesNo(c.bookable, true);
    if (bookable === null) problem("bookable_invalid", { value: shown(c.bookable) });
    return { name: c.name, description: c.description || null, priceMicros, currency, durationMinutes, bookable: bookable ?? true };
  });
}
