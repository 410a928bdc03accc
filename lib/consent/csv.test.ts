import { describe, expect, it } from "vitest";
import { CsvSyntaxError, detectDelimiter, parseCsv } from "./csv";
import { MAX_IMPORT_ROWS, parseConsentDate, readContactsFile } from "./csv-contacts";
import { toWaId } from "./phone";

describe("parseCsv", () => {
  it("reads quoted fields with separators, doubled quotes and line breaks", () => {
    expect(parseCsv('phone,name,note\r\n612345678,"García, Ana","dijo ""sí""\nen la tienda"\r\n')).toEqual([
      ["phone", "name", "note"],
      ["612345678", "García, Ana", 'dijo "sí"\nen la tienda'],
    ]);
  });

  it("drops a byte-order mark and reads semicolons from Spanish Excel", () => {
    const text = "\uFEFFteléfono;nombre;consentimiento\n612345678;Pérez; López;sí\n";
    expect(detectDelimiter(text)).toBe(";");
    expect(parseCsv(text)).toEqual([
      ["teléfono", "nombre", "consentimiento"],
      ["612345678", "Pérez", " López", "sí"],
    ]);
  });

  it("keeps empty fields, accepts CR line ends and tabs, and needs no final line break", () => {
    expect(parseCsv("a,,c\rd,e,")).toEqual([
      ["a", "", "c"],
      ["d", "e", ""],
    ]);
    expect(parseCsv("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("ignores separators inside quotes when detecting them, and reports an unterminated quote with its record", () => {
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(",");
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,"open\n2,3');
    } catch (e) {
      expect((e as CsvSyntaxError).record).toBe(2);
    }
  });
});

describe("toWaId", () => {
  it("reads national, international and Excel-mangled numbers", () => {
    expect(toWaId("612 34 56 78", "ES")).toBe("34612345678");
    expect(toWaId("+34 612-345-678", "ES")).toBe("34612345678");
    expect(toWaId("0034612345678", "ES")).toBe("34612345678");
    expect(toWaId("5511987654321", "ES")).toBe("5511987654321");
    expect(toWaId("(55) 1234 5678", "MX")).toBe("525512345678");
  });
  it("refuses what is not a phone number", () => {
    expect(toWaId("12", "ES")).toBeNull();
    expect(toWaId("3.46E+10", "ES")).toBeNull();
    expect(toWaId("ana@example.com", "ES")).toBeNull();
    expect(toWaId("+34 123", "ES")).toBeNull();
  });
});

describe("parseConsentDate", () => {
  it("normalizes ISO and day-first dates, with or without a time", () => {
    expect(parseConsentDate("2025-03-14")).toBe("2025-03-14");
    expect(parseConsentDate("14/03/2025")).toBe("2025-03-14");
    expect(parseConsentDate("4-3-2025 9:05")).toBe("2025-03-04T09:05");
    expect(parseConsentDate("2025-03-14T10:30:00Z")).toBe("2025-03-14T10:30");
  });
  it("refuses impossible and ambiguous dates", () => {
    expect(parseConsentDate("31/02/2025")).toBeNull();
    expect(parseConsentDate("03/14/2025")).toBeNull();
    expect(parseConsentDate("ayer")).toBeNull();
  });
});

describe("readContactsFile", () => {
  const now = new Date("2025-06-01T12:00:00Z");
  const read = (text: string) => readContactsFile(text, { defaultCountry: "ES", now });

  it("maps Spanish or English headers and reads consent, date and note", () => {
    const file = read("\uFEFFTeléfono;Nombre;Consentimiento;Fecha consentimiento;Origen\n612345678;Ana;Sí;14/03/2025;Formulario en tienda\n+34 622 333 444;;no;;\n");
    expect(file).toEqual({
      ok: true,
      rows: [
        { row: 2, waId: "34612345678", name: "Ana", consent: true, consentText: "Sí", consentDateText: "14/03/2025", consentDate: "2025-03-14", note: "Formulario en tienda" },
        { row: 3, waId: "34622333444", name: null, consent: false, consentText: "no", consentDateText: null, consentDate: null, note: null },
      ],
    });
  });

  it("without a consent column every row is a contact without consent; empty rows are skipped", () => {
    const file = read("phone,name\n612345678,Ana\n,\n622333444,Luis\n");
    expect(file.ok && file.rows.map((r) => [r.row, r.consent])).toEqual([
      [2, false],
      [4, false],
    ]);
  });

  it("reports every bad row by its number and reason, and keeps none", () => {
    const file = read(["phone,name,consent,consent_date", "612345678,Ana,yes,2025-05-01", "12,Bad,yes,", ",Nobody,yes,", "612 345 678,Again,1,", "622333444,Maybe,quizás,", "633444555,Later,true,2030-01-01", "644555666,Odd,true,31/02/2025"].join("\n"));
    expect(file).toEqual({
      ok: false,
      fileProblem: null,
      problemCount: 6,
      problems: [
        { row: 3, reason: "phone_invalid", value: "12" },
        { row: 4, reason: "phone_missing" },
        { row: 5, reason: "duplicate_phone", value: "612 345 678", otherRow: 2 },
        { row: 6, reason: "consent_unrecognized", value: "quizás" },
        { row: 7, reason: "consent_date_future", value: "2030-01-01" },
        { row: 8, reason: "consent_date_invalid", value: "31/02/2025" },
      ],
    });
  });

  it("refuses files without a phone column, empty, too big or with too many rows", () => {
    expect(read("name,email\nAna,a@b.c\n")).toMatchObject({ ok: false, fileProblem: "no_phone_column" });
    expect(read("phone,name\n")).toMatchObject({ ok: false, fileProblem: "empty" });
    expect(read("")).toMatchObject({ ok: false, fileProblem: "empty" });
    expect(read(`phone,note\n612345678,${"x".repeat(1_000_001)}\n`)).toMatchObject({ ok: false, fileProblem: "too_large" });
    expect(read(`phone\n${"612345678\n".repeat(MAX_IMPORT_ROWS + 1)}`)).toMatchObject({ ok: false, fileProblem: "too_many_rows" });
    expect(read('phone,name\n612345678,"Ana\n')).toMatchObject({ ok: false, fileProblem: "unterminated_quote", row: 2 });
  });
});
