import type { TemplateComponentDef, TemplateVariableCounts } from "@/db/schema";
import type { TemplateVariables } from "@/lib/messaging/outbound-content";

const VARIABLE = /\{\{\s*([a-z0-9_]+)\s*\}\}/g;

/** The variable names of a text in order of first appearance: "1", "2"… or "first_name"… */
export function variablesIn(text: string | undefined | null): string[] {
  const seen: string[] = [];
  for (const [, name] of (text ?? "").matchAll(VARIABLE)) if (!seen.includes(name)) seen.push(name);
  return seen;
}

const componentOf = (components: TemplateComponentDef[], type: string) => components.find((c) => String(c.type).toUpperCase() === type);

/** How many values a send must carry per component: header text, body, and each URL or copy-code button. */
export function countVariables(components: TemplateComponentDef[]): TemplateVariableCounts {
  const counts: TemplateVariableCounts = {};
  const header = componentOf(components, "HEADER");
  if (header && String(header.format ?? "TEXT").toUpperCase() === "TEXT") {
    const n = variablesIn(header.text as string).length;
    if (n) counts.header = n;
  }
  const body = variablesIn(componentOf(components, "BODY")?.text as string).length;
  if (body) counts.body = body;
  const buttons = (componentOf(components, "BUTTONS")?.buttons ?? []) as { type?: string; url?: string }[];
  buttons.forEach((b, i) => {
    const type = String(b.type ?? "").toUpperCase();
    // A copy-code button (a coupon, or an authentication template's one-time code) takes its code at send time.
    const n = type === "COPY_CODE" || type === "OTP" ? 1 : variablesIn(b.url).length;
    if (n) (counts.buttons ??= {})[i] = n;
  });
  return counts;
}

/** Fills `{{1}}` / `{{name}}` with the values in order; a missing value is an error, never left literal. */
export function fillVariables(text: string, values: readonly string[]): string {
  const names = variablesIn(text);
  if (values.length !== names.length) throw new Error(`expected ${names.length} values, got ${values.length}`);
  return text.replace(VARIABLE, (_, name: string) => values[names.indexOf(name)]);
}

/** The text the customer will read (header, body, footer), as shown in the inbox. */
export function renderTemplateText(components: TemplateComponentDef[], variables: TemplateVariables): string {
  const header = componentOf(components, "HEADER");
  const body = componentOf(components, "BODY");
  const footer = componentOf(components, "FOOTER");
  const parts = [
    header && String(header.format ?? "TEXT").toUpperCase() === "TEXT" && header.text ? fillVariables(String(header.text), variables.header ?? []) : null,
    body?.text ? fillVariables(String(body.text), variables.body ?? []) : null,
    footer?.text ? String(footer.text) : null,
  ];
  return parts.filter(Boolean).join("\n\n");
}

/** Where the values do not match the template's counts, in words for the person sending. */
export function variableMismatch(counts: TemplateVariableCounts, variables: TemplateVariables): string | null {
  const header = variables.header?.length ?? 0;
  const body = variables.body?.length ?? 0;
  if (header !== (counts.header ?? 0)) return `header needs ${counts.header ?? 0} values, got ${header}`;
  if (body !== (counts.body ?? 0)) return `body needs ${counts.body ?? 0} values, got ${body}`;
  for (const [i, n] of Object.entries(counts.buttons ?? {})) if ((variables.buttons?.[Number(i)]?.length ?? 0) !== n) return `button ${i} needs ${n} values`;
  const empty = [...(variables.header ?? []), ...(variables.body ?? [])].some((v) => !v.trim());
  return empty ? "every value must be filled in" : null;
}
