/**
 * Template variables as Meta reads them: `{{1}}`, `{{2}}`… (positional) or `{{first_name}}`
 * (named, lowercase and underscore), fact sheet §7. Pure helpers shared by the simulator's template
 * validation, review and send checks.
 */

export type Component = Record<string, unknown> & { type: string };

const VARIABLE = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Distinct variable names in order of first appearance ("1", "2"… or "first_name"…). */
export function variablesIn(text: unknown): string[] {
  const seen: string[] = [];
  if (typeof text !== "string") return seen;
  for (const [, name] of text.matchAll(VARIABLE)) if (!seen.includes(name)) seen.push(name);
  return seen;
}

/** Whether the text has at least one variable. */
export const hasVariables = (text: unknown) => variablesIn(text).length > 0;

export const componentOf = (components: Component[], type: string): Component | undefined => components.find((c) => String(c.type).toUpperCase() === type);

export const headerFormat = (header: Component | undefined): string | null => (header ? String(header.format ?? "TEXT").toUpperCase() : null);

export type ButtonDef = { type?: unknown; text?: unknown; url?: unknown; phone_number?: unknown; example?: unknown };

export const buttonsOf = (components: Component[]): ButtonDef[] => {
  const b = componentOf(components, "BUTTONS")?.buttons;
  return Array.isArray(b) ? (b as ButtonDef[]) : [];
};

/** What a send of this template must carry: values per header, body and URL button (by index). */
export type ExpectedParameters = { header: { kind: "text" | "media" | "location"; count: number } | null; body: string[]; urlButtons: Map<number, number> };

export function expectedParameters(components: Component[]): ExpectedParameters {
  const header = componentOf(components, "HEADER");
  const format = headerFormat(header);
  const urlButtons = new Map<number, number>();
  buttonsOf(components).forEach((b, i) => {
    const n = variablesIn(b.url).length;
    if (String(b.type).toUpperCase() === "URL" && n) urlButtons.set(i, n);
  });
  return {
    header:
      format === null ? null : format === "TEXT" ? { kind: "text", count: variablesIn(header?.text).length } : format === "LOCATION" ? { kind: "location", count: 1 } : { kind: "media", count: 1 },
    body: variablesIn(componentOf(components, "BODY")?.text),
    urlButtons,
  };
}

type SentComponent = { type?: unknown; sub_type?: unknown; index?: unknown; parameters?: unknown };
type SentParameter = { type?: unknown; parameter_name?: unknown };

const paramsOf = (c: SentComponent | undefined): SentParameter[] => (Array.isArray(c?.parameters) ? (c.parameters as SentParameter[]) : []);

/**
 * Why the parameters of a send do not fit the approved template (→ 132000), or null. Counts per
 * component as Meta does; with named parameters every body value must name one of the template's
 * variables.
 */
export function parameterMismatch(components: Component[], parameterFormat: string, sent: unknown): string | null {
  const expected = expectedParameters(components);
  const list = (Array.isArray(sent) ? sent : []) as SentComponent[];
  const find = (type: string) => list.filter((c) => String(c.type).toLowerCase() === type);
  const header = paramsOf(find("header")[0]);
  const wantHeader = expected.header?.count ?? 0;
  if (header.length !== wantHeader) return `header: number of parameters (${header.length}) does not match the expected number of params (${wantHeader})`;
  if (expected.header?.kind === "media" && header.length && !["image", "video", "document"].includes(String(header[0].type))) return "header: expected a media parameter (image, video or document)";
  const body = paramsOf(find("body")[0]);
  if (body.length !== expected.body.length) return `body: number of localizable_params (${body.length}) does not match the expected number of params (${expected.body.length})`;
  if (parameterFormat === "named") {
    const names = body.map((p) => String(p.parameter_name ?? ""));
    const unknown = names.find((n) => !expected.body.includes(n));
    if (unknown !== undefined || new Set(names).size !== names.length) return `body: parameter_name ${unknown ? `"${unknown}" ` : ""}does not match the template's named parameters (${expected.body.join(", ")})`;
  }
  for (const [index, count] of expected.urlButtons) {
    const button = find("button").find((c) => String(c.index) === String(index));
    const got = paramsOf(button).length;
    if (got !== count) return `button ${index}: number of parameters (${got}) does not match the expected number of params (${count})`;
  }
  return null;
}
