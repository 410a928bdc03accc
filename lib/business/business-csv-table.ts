import { CsvSyntaxError, parseCsv } from "@/lib/consent/csv";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_LISTED_PROBLEMS } from "@/lib/consent/import-limits";

/**
 * Reading a spreadsheet of FAQs or services: the CSV parser of lib/consent (commas, semicolons or
 * tabs; quoted fields), headers recognized in Spanish, English or Portuguese, every row checked
 * before anything is written. One bad row and nothing is imported: the problems come back by row
 * number (the header is row 1). Entirely empty rows are skipped.
 */

export type CsvFileProblem = "empty" | "too_large" | "too_many_rows" | "missing_columns" | "unterminated_quote";
export type CsvRowProblem<R extends string = string> = { row: number; reason: R; value?: string; otherRow?: number };

export type CsvRead<T, R extends string> =
  | { ok: true; rows: (T & { row: number })[] }
  | { ok: false; fileProblem: CsvFileProblem; problems: []; problemCount: 0; row?: number; missing?: string[] }
  | { ok: false; fileProblem: null; problems: CsvRowProblem<R>[]; problemCount: number };

/** Header text compared without case, accents, punctuation or underscores. */
export const headerKey = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();

/** A row's cells by column name, trimmed; a missing column reads as "". */
export type Cells<C extends string> = Record<C, string>;

/**
 * The frame both imports share: size and row limits, the header matched against `aliases`
 * (`required` columns must be there), and `check` called for every non-empty row. `check` reports
 * problems through `problem` and returns the row's value when it has none.
 */
export function readTable<C extends string, T, R extends string>(
  text: string,
  spec: { aliases: Record<C, string[]>; required: C[] },
  check: (cells: Cells<C>, row: number, problem: (reason: R, extra?: { value?: string; otherRow?: number }) => void) => T | null,
): CsvRead<T, R> {
  const fileProblem = (p: CsvFileProblem, extra: { row?: number; missing?: string[] } = {}): CsvRead<T, R> => ({ ok: false, fileProblem: p, problems: [], problemCount: 0, ...extra });
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES) return fileProblem("too_large");
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) return fileProblem(e.reason, { row: e.record });
    throw e;
  }
  const [header, ...body] = records;
  if (!header || !body.some((r) => r.some((f) => f.trim()))) return fileProblem("empty");
  if (body.length > MAX_IMPORT_ROWS) return fileProblem("too_many_rows");
  const columns = Object.keys(spec.aliases) as C[];
  const index = new Map<C, number>();
  header.forEach((h, i) => {
    const c = columns.find((col) => spec.aliases[col].some((a) => headerKey(a) === headerKey(h)));
    if (c && !index.has(c)) index.set(c, i);
  });
  const missing = spec.required.filter((c) => !index.has(c));
  if (missing.length) return fileProblem("missing_columns", { missing });

  const rows: (T & { row: number })[] = [];
  const problems: CsvRowProblem<R>[] = [];
  body.forEach((record, i) => {
    if (!record.some((f) => f.trim())) return;
    const row = i + 2;
    const cells = Object.fromEntries(columns.map((c) => [c, index.has(c) ? (record[index.get(c)!] ?? "").trim() : ""])) as Cells<C>;
    const before = problems.length;
    const value = check(cells, row, (reason, extra = {}) => problems.push({ row, reason, ...extra }));
    if (problems.length === before && value !== null) rows.push({ ...value, row });
  });
  if (problems.length) return { ok: false, fileProblem: null, problems: problems.slice(0, MAX_LISTED_PROBLEMS), problemCount: problems.length };
  return { ok: true, rows };
}

/** "sí", "yes", "x", "1"… → true; "no", "0", "" → the default; anything else → null. */
export function yesNo(text: string, fallback: boolean): boolean | null {
  const key = headerKey(text);
  if (!key) return fallback;
  if (["si", "s", "yes", "y", "true", "verdadero", "1", "x", "sim"].includes(key)) return true;
  if (["no", "n", "false", "falso", "0", "nao"].includes(key)) return false;
  return null;
}

/** A value cut for showing back in a problem list. */
export const shown = (v: string) => v.slice(0, 40);
