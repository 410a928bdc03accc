/**
 * The text forms of an order's parts, shared by the order form and the CSV import: lines as
 * "2x Camiseta|1x Gorra" (or one per line), delivery options separated by "|" (or one per line).
 * Amounts are read by parsePrice (services-money.ts), the one rule for typed money.
 */

export type OrderLineInput = { name: string; quantity: number; sku?: string | null; unitPriceMicros?: number | null };

export const MAX_LINES = 50;
export const MAX_OPTIONS = 10;
export const MAX_LINE_NAME = 200;
export const MAX_OPTION_LENGTH = 200;

const pieces = (text: string) =>
  text
    .split(/[|\n\r]+/)
    .map((p) => p.trim())
    .filter(Boolean);

/** "2x Camiseta", "2 x Camiseta", "2 × Camiseta", "Camiseta x2", "Camiseta" (one). Null when a quantity is not a whole number from 1 to 9999. */
export function parseLine(text: string): OrderLineInput | null {
  const t = text.trim();
  const lead = /^(\d+)\s*[x×*]\s*(.+)$/i.exec(t);
  const trail = /^(.+?)\s*[x×*]\s*(\d+)$/i.exec(t);
  const [quantity, name] = lead ? [Number(lead[1]), lead[2]] : trail ? [Number(trail[2]), trail[1]] : [1, t];
  if (!name.trim() || quantity < 1 || quantity > 9999 || name.trim().length > MAX_LINE_NAME) return null;
  return { name: name.trim(), quantity };
}

/** Every line of "2x Camiseta|1x Gorra"; `invalid` lists the pieces that could not be read. */
export function parseLines(text: string): { lines: OrderLineInput[]; invalid: string[] } {
  const lines: OrderLineInput[] = [];
  const invalid: string[] = [];
  for (const p of pieces(text)) {
    const line = parseLine(p);
    if (line) lines.push(line);
    else invalid.push(p);
  }
  return { lines, invalid };
}

export const formatLines = (lines: { name: string; quantity: number }[], separator = "\n") => lines.map((l) => `${l.quantity}x ${l.name}`).join(separator);

/** Delivery options, trimmed, without repeats (compared without case). */
export function parseOptions(text: string): string[] {
  const seen = new Set<string>();
  return pieces(text).filter((o) => {
    const key = o.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
