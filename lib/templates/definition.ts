import type { TemplateVariableCounts } from "@/db/schema";
import type { TemplateDefinition } from "@/lib/whatsapp/providers/types";
import { isTemplateLanguage } from "./languages";
import { countVariables, fillVariables, variablesIn } from "./variables";

/**
 * The "new template" form → Meta's `TemplateDefinition` (fact sheet §7), with every problem named
 * per field so the form can say what to fix before Meta refuses it. Pure: runs in the browser as
 * the owner types, and again on the server, which is the check that counts.
 */

export const TEMPLATE_CATEGORIES = ["UTILITY", "MARKETING", "AUTHENTICATION"] as const;
export type TemplateCategory = TemplateDefinition["category"];

export const TEMPLATE_LIMITS = { name: 512, header: 60, body: 1024, footer: 60, buttonText: 25, quickReplies: 10, url: 2000 } as const;

/** What the form holds. `bodyExamples` follow the body's variables in order of first appearance. */
export type TemplateFormInput = {
  name: string;
  language: string;
  category: string;
  headerText?: string;
  headerExample?: string;
  body?: string;
  bodyExamples?: string[];
  footer?: string;
  quickReplies?: string[];
  urlButtonText?: string;
  urlButtonUrl?: string;
  urlButtonExample?: string;
};

export type TemplateField = keyof TemplateFormInput;

export const TEMPLATE_PROBLEM_CODES = [
  "required",
  "too_long",
  "name_invalid",
  "language_unsupported",
  "category_invalid",
  "variable_malformed",
  "variables_mixed",
  "variables_out_of_order",
  "header_one_variable",
  "variable_at_edge",
  "variables_adjacent",
  "too_many_variables",
  "example_required",
  "footer_no_variables",
  "duplicate_button",
  "url_invalid",
  "url_variable_at_end",
] as const;
export type TemplateProblemCode = (typeof TEMPLATE_PROBLEM_CODES)[number];

/** One thing to fix: `index` points into a list field (an example, a button); `max` is the limit broken. */
export type TemplateProblem = { field: TemplateField; code: TemplateProblemCode; index?: number; max?: number };

export type ValidatedTemplate = { ok: true; definition: TemplateDefinition; variableCounts: TemplateVariableCounts } | { ok: false; problems: TemplateProblem[] };

/** Meta's names are lowercase letters, digits and underscores: "Recordatorio de cita" → "recordatorio_de_cita". */
export function normalizeTemplateName(raw: string): string {
  return raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/[\s\-.]+/g, "_")
    .replace(/[^a-z0-9_]/g, "")
    .replace(/_+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Characters as a person counts them (an emoji is one), which is how Meta counts its limits. */
const length = (s: string) => [...s].length;
const VALID_NAME = /^[a-z0-9_]+$/;
const VARIABLE_TOKEN = /\{\{\s*[a-z0-9_]+\s*\}\}/g;
const isPositional = (name: string) => /^\d+$/.test(name);
const ADJACENT = /\}\}[\s\p{P}]*\{\{/u;

/** Braces that look like a variable but are not one: `{{Nombre}}`, `{{1}`, `{{ }}`. */
function hasMalformedVariable(text: string): boolean {
  const rest = text.replace(VARIABLE_TOKEN, "");
  if (rest.includes("{{") || rest.includes("}}")) return true;
  return variablesIn(text).some((n) => !isPositional(n) && !/^[a-z][a-z0-9_]*$/.test(n));
}

/** Positional variables must read {{1}}, {{2}}, … in that order, so values fill them in order. */
const inOrder = (names: string[]) => names.every((n, i) => n === String(i + 1));

/** Words the business wrote itself, around the variables. */
const ownWords = (text: string) => text.replace(VARIABLE_TOKEN, " ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function checkLength(problems: TemplateProblem[], field: TemplateField, value: string, max: number) {
  if (length(value) > max) problems.push({ field, code: "too_long", max });
}

/** Authentication templates have no text of the business's own: Meta writes the code message. */
function authenticationComponents(): TemplateDefinition["components"] {
  return [
    { type: "BODY", add_security_recommendation: true },
    { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE" }] },
  ];
}

/** How many values a send of this definition needs; authentication bodies take the code. */
export function variableCountsOf(def: TemplateDefinition): TemplateVariableCounts {
  const counts = countVariables(def.components);
  return def.category === "AUTHENTICATION" ? { ...counts, body: 1 } : counts;
}

/**
 * Checks the form against Meta's rules (§7) and builds the definition. Positional variables must
 * appear as {{1}}, {{2}}… in order; named ones ({{first_name}}) are allowed, but not both kinds in
 * one template. A variable may not start or end the body (Meta's 2388299) nor sit right next to
 * another (a cause of INVALID_FORMAT rejections), and each needs an example
 * value (Meta refuses a template without). Quick replies come before the URL button, as Meta
 * wants the two kinds grouped.
 */
export function validateTemplateForm(input: TemplateFormInput): ValidatedTemplate {
  const problems: TemplateProblem[] = [];
  const name = normalizeTemplateName(input.name ?? "");
  if (!input.name?.trim()) problems.push({ field: "name", code: "required" });
  else if (!name || !VALID_NAME.test(name)) problems.push({ field: "name", code: "name_invalid" });
  else checkLength(problems, "name", name, TEMPLATE_LIMITS.name);

  const language = (input.language ?? "").trim();
  if (!language) problems.push({ field: "language", code: "required" });
  else if (!isTemplateLanguage(language)) problems.push({ field: "language", code: "language_unsupported" });

  const category = (TEMPLATE_CATEGORIES as readonly string[]).includes(input.category) ? (input.category as TemplateCategory) : null;
  if (!category) problems.push({ field: "category", code: input.category ? "category_invalid" : "required" });

  if (category === "AUTHENTICATION") {
    if (problems.length) return { ok: false, problems };
    const definition: TemplateDefinition = { name, language, category, components: authenticationComponents() };
    return { ok: true, definition, variableCounts: variableCountsOf(definition) };
  }

  const header = (input.headerText ?? "").trim();
  const body = (input.body ?? "").trim();
  const footer = (input.footer ?? "").trim();
  const headerVars = variablesIn(header);
  const bodyVars = variablesIn(body);
  // The template's parameter format is the body's (or the header's when the body has none).
  const named = [...bodyVars, ...headerVars].some((n) => !isPositional(n));

  // Header: optional, one line of text, at most one variable.
  if (header) {
    checkLength(problems, "headerText", header, TEMPLATE_LIMITS.header);
    if (hasMalformedVariable(header)) problems.push({ field: "headerText", code: "variable_malformed" });
    else if (headerVars.length > 1) problems.push({ field: "headerText", code: "header_one_variable" });
    else if (headerVars.length && isPositional(headerVars[0]) === named) problems.push({ field: "headerText", code: "variables_mixed" });
    else if (headerVars.length && !named && headerVars[0] !== "1") problems.push({ field: "headerText", code: "variables_out_of_order" });
    if (headerVars.length === 1 && !input.headerExample?.trim()) problems.push({ field: "headerExample", code: "example_required" });
  }

  // Body: required, variables in order, never at either end, each with an example.
  if (!body) problems.push({ field: "body", code: "required" });
  else {
    checkLength(problems, "body", body, TEMPLATE_LIMITS.body);
    if (hasMalformedVariable(body)) problems.push({ field: "body", code: "variable_malformed" });
    else if (bodyVars.some((n) => isPositional(n) === named)) problems.push({ field: "body", code: "variables_mixed" });
    else if (!named && !inOrder(bodyVars)) problems.push({ field: "body", code: "variables_out_of_order" });
    if (/^\{\{[^{}]*\}\}/.test(body) || /\{\{[^{}]*\}\}$/.test(body)) problems.push({ field: "body", code: "variable_at_edge" });
    // Meta rejects variables side by side, with only spaces or punctuation between them.
    if (ADJACENT.test(body)) problems.push({ field: "body", code: "variables_adjacent" });
    // Meta refuses bodies that are mostly variables (2388293); two words of one's own per variable is our margin.
    if (bodyVars.length && ownWords(body) < bodyVars.length * 2) problems.push({ field: "body", code: "too_many_variables" });
    bodyVars.forEach((_, i) => {
      if (!input.bodyExamples?.[i]?.trim()) problems.push({ field: "bodyExamples", code: "example_required", index: i });
    });
  }

  if (footer) {
    checkLength(problems, "footer", footer, TEMPLATE_LIMITS.footer);
    if (footer.includes("{{")) problems.push({ field: "footer", code: "footer_no_variables" });
  }

  // Buttons: up to 10 quick replies, plus optionally one URL button (10 in all).
  // Blank buttons are skipped, but problems point at the button's place in the form's list.
  const typedReplies = (input.quickReplies ?? []).map((q) => q.trim());
  const quickReplies = typedReplies.filter(Boolean);
  const urlText = (input.urlButtonText ?? "").trim();
  const url = (input.urlButtonUrl ?? "").trim();
  const hasUrlButton = Boolean(urlText || url);
  const maxQuickReplies = hasUrlButton ? TEMPLATE_LIMITS.quickReplies - 1 : TEMPLATE_LIMITS.quickReplies;
  if (quickReplies.length > maxQuickReplies) problems.push({ field: "quickReplies", code: "too_long", max: maxQuickReplies });
  typedReplies.forEach((q, i) => {
    if (!q) return;
    if (length(q) > TEMPLATE_LIMITS.buttonText) problems.push({ field: "quickReplies", code: "too_long", index: i, max: TEMPLATE_LIMITS.buttonText });
    if (typedReplies.indexOf(q) !== i) problems.push({ field: "quickReplies", code: "duplicate_button", index: i });
  });
  const urlVars = variablesIn(url);
  if (hasUrlButton) {
    if (!urlText) problems.push({ field: "urlButtonText", code: "required" });
    else checkLength(problems, "urlButtonText", urlText, TEMPLATE_LIMITS.buttonText);
    if (!url) problems.push({ field: "urlButtonUrl", code: "required" });
    else if (!/^https?:\/\/[^\s/{}]+\.[^\s/{}]+/i.test(url) || hasMalformedVariable(url)) problems.push({ field: "urlButtonUrl", code: "url_invalid" });
    else if (urlVars.length > 1 || (urlVars.length === 1 && !/\{\{1\}\}$/.test(url))) problems.push({ field: "urlButtonUrl", code: "url_variable_at_end" });
    else checkLength(problems, "urlButtonUrl", url, TEMPLATE_LIMITS.url);
    if (urlVars.length === 1 && !input.urlButtonExample?.trim()) problems.push({ field: "urlButtonExample", code: "example_required" });
  }

  if (problems.length || !category) return { ok: false, problems };

  const examples = (input.bodyExamples ?? []).slice(0, bodyVars.length).map((e) => e.trim());
  const components: TemplateDefinition["components"] = [];
  if (header) {
    const example = input.headerExample?.trim() ?? "";
    const headerExample = !headerVars.length ? {} : named ? { example: { header_text_named_params: [{ param_name: headerVars[0], example }] } } : { example: { header_text: [example] } };
    components.push({ type: "HEADER", format: "TEXT", text: header, ...headerExample });
  }
  const bodyExample = !bodyVars.length ? {} : named ? { example: { body_text_named_params: bodyVars.map((n, i) => ({ param_name: n, example: examples[i] })) } } : { example: { body_text: [examples] } };
  components.push({ type: "BODY", text: body, ...bodyExample });
  if (footer) components.push({ type: "FOOTER", text: footer });
  const buttons: Record<string, unknown>[] = quickReplies.map((text) => ({ type: "QUICK_REPLY", text }));
  // Meta's example for a URL button is the whole URL with the variable filled in.
  if (hasUrlButton) buttons.push({ type: "URL", text: urlText, url, ...(urlVars.length ? { example: [fillVariables(url, [input.urlButtonExample!.trim()])] } : {}) });
  if (buttons.length) components.push({ type: "BUTTONS", buttons });

  const definition: TemplateDefinition = { name, language, category, parameterFormat: named ? "named" : "positional", components };
  return { ok: true, definition, variableCounts: variableCountsOf(definition) };
}
