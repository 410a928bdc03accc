import { templateError, TEMPLATE_SUBCODES as SUB, type GraphResponse } from "./graph-errors";
import { buttonsOf, componentOf, headerFormat, variablesIn, type Component } from "./template-variables";

/**
 * What `POST /{WABA_ID}/message_templates` refuses at once, before review, as Meta does (fact
 * sheet §7): malformed requests get 400, code 100 and a 2388xxx subcode where Meta has one. Pure.
 */

export type NewTemplate = { name: string; language: string; category: "MARKETING" | "UTILITY" | "AUTHENTICATION"; parameterFormat: "positional" | "named"; components: Component[] };
export type Validation = { ok: true; template: NewTemplate } | { ok: false; error: GraphResponse };

const CATEGORIES = ["MARKETING", "UTILITY", "AUTHENTICATION"] as const;
const COMPONENT_TYPES = ["HEADER", "BODY", "FOOTER", "BUTTONS"];
const HEADER_FORMATS = ["TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION"];

const fail = (subcode: number | undefined, title: string, msg: string): Validation => ({ ok: false, error: templateError(subcode, title, msg) });
const tooLong = (what: string, max: number) => fail(SUB.tooLong, "Character limit exceeded", `${what} can have at most ${max} characters.`);
const missingExample = (what: string) => fail(SUB.missingExample, "Missing sample values", `component of type ${what} is missing expected field(s) (example): add a sample for every variable.`);

/** Positional variables are numbers, named ones lowercase words; never a mix. */
function badVariable(names: string[], format: string): string | undefined {
  return names.find((n) => (format === "named" ? !/^[a-z][a-z0-9_]*$/.test(n) : !/^\d+$/.test(n)));
}

function checkBody(body: Component | undefined, format: string): Validation | null {
  if (!body || typeof body.text !== "string" || !body.text.trim()) return fail(undefined, "Body required", "A template needs a BODY component with text.");
  const text = body.text;
  if (text.length > 1024) return tooLong("The body", 1024);
  const names = variablesIn(text);
  const bad = badVariable(names, format);
  if (bad !== undefined) return fail(undefined, "Invalid variable", `{{${bad}}} is not a valid ${format} parameter.`);
  if (/^\s*\{\{[^}]*\}\}/.test(text) || /\{\{[^}]*\}\}\s*$/.test(text)) return fail(SUB.leadingTrailingVariable, "Leading or trailing params not allowed", "Variables can't be at the start or end of the template.");
  const words = text.replace(/\{\{[^}]*\}\}/g, " ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (names.length && words < names.length) return fail(SUB.tooManyVariables, "Too many variables for the message length", "This template has too many variables for its length: add more text or use fewer variables.");
  if (!names.length) return null;
  const example = body.example as { body_text?: unknown; body_text_named_params?: unknown } | undefined;
  if (format === "named") {
    const given = Array.isArray(example?.body_text_named_params) ? (example.body_text_named_params as { param_name?: unknown; example?: unknown }[]) : [];
    if (!names.every((n) => given.some((g) => g.param_name === n && typeof g.example === "string" && g.example !== ""))) return missingExample("BODY");
  } else {
    const rows = Array.isArray(example?.body_text) ? (example.body_text as unknown[]) : [];
    if (!rows.length || !rows.every((r) => Array.isArray(r) && r.length >= names.length && r.every((v) => typeof v === "string" && v !== ""))) return missingExample("BODY");
  }
  return null;
}

function checkHeader(header: Component | undefined, format: string): Validation | null {
  if (!header) return null;
  const kind = headerFormat(header) as string;
  if (!HEADER_FORMATS.includes(kind)) return fail(SUB.headerFormat, "Header format is incorrect", `Header format ${kind} is not one of ${HEADER_FORMATS.join(", ")}.`);
  const example = header.example as { header_text?: unknown; header_text_named_params?: unknown; header_handle?: unknown } | undefined;
  if (kind === "TEXT") {
    if (typeof header.text !== "string" || !header.text.trim()) return fail(SUB.headerFormat, "Header format is incorrect", "A TEXT header needs text.");
    if (header.text.length > 60) return tooLong("The header", 60);
    const names = variablesIn(header.text);
    if (names.length > 1) return fail(SUB.headerFormat, "Header format is incorrect", "A text header can have at most one variable.");
    if (badVariable(names, format) !== undefined) return fail(undefined, "Invalid variable", `{{${names[0]}}} is not a valid ${format} parameter.`);
    const sample = format === "named" ? example?.header_text_named_params : example?.header_text;
    if (names.length && !(Array.isArray(sample) && sample.length)) return missingExample("HEADER");
    return null;
  }
  // Media headers need a sample (Meta takes a Resumable Upload handle; any non-empty string here).
  if (kind !== "LOCATION" && !(Array.isArray(example?.header_handle) && example.header_handle.some((h) => typeof h === "string" && h))) return missingExample("HEADER");
  return null;
}

function checkFooter(footer: Component | undefined): Validation | null {
  if (!footer) return null;
  if (typeof footer.text !== "string" || !footer.text.trim()) return fail(undefined, "Footer required text", "A FOOTER component needs text.");
  if (footer.text.length > 60) return tooLong("The footer", 60);
  if (variablesIn(footer.text).length) return fail(undefined, "Variables not allowed in footer", "The footer can't contain variables.");
  return null;
}

function checkButtons(components: Component[]): Validation | null {
  const buttons = buttonsOf(components);
  if (!componentOf(components, "BUTTONS")) return null;
  if (buttons.length < 1 || buttons.length > 10) return fail(undefined, "Too many buttons", "A template can have 1 to 10 buttons.");
  const types = buttons.map((b) => String(b.type ?? "").toUpperCase());
  const count = (t: string) => types.filter((x) => x === t).length;
  if (count("URL") > 2 || count("PHONE_NUMBER") > 1 || count("COPY_CODE") > 1) return fail(undefined, "Too many buttons", "At most 2 URL buttons, 1 phone number button and 1 copy code button.");
  const first = types.indexOf("QUICK_REPLY");
  if (first >= 0 && types.lastIndexOf("QUICK_REPLY") - first + 1 !== count("QUICK_REPLY")) return fail(undefined, "Buttons not grouped", "Quick reply buttons must be grouped together, apart from other button types.");
  for (const [i, b] of buttons.entries()) {
    if ((types[i] === "QUICK_REPLY" || types[i] === "URL" || types[i] === "PHONE_NUMBER") && (typeof b.text !== "string" || !b.text)) return fail(undefined, "Button text required", `Button ${i} needs a label.`);
    if (typeof b.text === "string" && b.text.length > 25) return tooLong(`Button ${i}'s label`, 25);
    if (types[i] === "URL") {
      const url = typeof b.url === "string" ? b.url : "";
      if (!/^https?:\/\//.test(url) || url.length > 2000) return fail(undefined, "Invalid URL", `Button ${i} needs an http(s) URL of at most 2000 characters.`);
      const n = variablesIn(url).length;
      if (n > 1 || (n === 1 && !/\{\{[^}]*\}\}$/.test(url))) return fail(undefined, "Invalid URL variable", "A URL button can have one variable, at the end of the URL.");
      if (n && !(Array.isArray(b.example) && b.example.length)) return missingExample("BUTTONS");
    }
    if (types[i] === "PHONE_NUMBER" && (typeof b.phone_number !== "string" || b.phone_number.length > 20)) return fail(undefined, "Invalid phone number", `Button ${i} needs a phone number of at most 20 characters.`);
  }
  return null;
}

export function validateTemplateCreate(raw: unknown): Validation {
  const b = (raw ?? {}) as Record<string, unknown>;
  if (typeof b.name !== "string" || !b.name) return fail(undefined, "Name required", "name is required.");
  if (b.name.length > 512) return tooLong("The template name", 512);
  if (!/^[a-z0-9_]+$/.test(b.name)) return fail(undefined, "Invalid template name", "Template names can only contain lowercase letters, digits and underscores.");
  const category = typeof b.category === "string" ? b.category.toUpperCase() : "";
  if (!(CATEGORIES as readonly string[]).includes(category)) return fail(undefined, "Invalid category", `category must be one of ${CATEGORIES.join(", ")}.`);
  if (typeof b.language !== "string" || !/^[a-z]{2,3}(_[A-Za-z]{2,4})?$/.test(b.language)) return fail(undefined, "Language required", "language must be a supported language code, e.g. es or en_US.");
  const format = b.parameter_format === undefined ? "positional" : String(b.parameter_format).toLowerCase();
  if (format !== "positional" && format !== "named") return fail(undefined, "Invalid parameter format", "parameter_format must be positional or named.");
  if (!Array.isArray(b.components) || !b.components.every((c) => c && typeof c === "object" && typeof (c as Component).type === "string")) return fail(undefined, "Components required", "components must be an array of objects with a type.");
  const components = b.components as Component[];
  const types = components.map((c) => c.type.toUpperCase());
  const unknown = types.find((t) => !COMPONENT_TYPES.includes(t));
  if (unknown) return fail(undefined, "Invalid component", `Unknown component type ${unknown}.`);
  if (new Set(types).size !== types.length) return fail(undefined, "Invalid component", "Each component type may appear once.");
  const problem =
    checkBody(componentOf(components, "BODY"), format) ?? checkHeader(componentOf(components, "HEADER"), format) ?? checkFooter(componentOf(components, "FOOTER")) ?? checkButtons(components);
  if (problem) return problem;
  return { ok: true, template: { name: b.name, language: b.language, category: category as NewTemplate["category"], parameterFormat: format, components } };
}
