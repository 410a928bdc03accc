/**
 * CSV as spreadsheets write it (RFC 4180, read leniently): fields separated by commas — or
 * semicolons, as Excel does in Spanish, or tabs —, records by CRLF, LF or CR, fields in double
 * quotes may hold separators, line breaks and doubled quotes (""). A UTF-8 byte-order mark is
 * dropped. A quote inside an unquoted field is kept as text; an unterminated quoted field is an error.
 */

export type Delimiter = "," | ";" | "\t";

export class CsvSyntaxError extends Error {
  constructor(
    readonly reason: "unterminated_quote",
    /** The record (1 = the first line) where the problem starts. */
    readonly record: number,
  ) {
    super(`CSV: ${reason} in record ${record}`);
    this.name = "CsvSyntaxError";
  }
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The separator of the first record: the candidate that appears most often outside quotes (comma on a tie). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of stripBom(text)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  return (Object.keys(counts) as Delimiter[]).reduce((best, d) => (counts[d] > counts[best] ? d : best), ",");
}

/** Every record as its list of fields. A trailing line break does not make an empty record. */
export function parseCsv(input: string, delimiter: Delimiter = detectDelimiter(input)): string[][] {
  const text = stripBom(input);
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false; // whether the current record has anything yet, to skip a final empty line
  let quoteOpenedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      fieldStarted = true;
      quoteOpenedAt = records.length + 1;
    } else if (ch === delimiter) {
      record.push(field);
      field = "";
      fieldStarted = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      fieldStarted = false;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvSyntaxError("unterminated_quote", quoteOpenedAt);
  if (fieldStarted || field !== "" || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}
