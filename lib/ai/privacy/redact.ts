import { findPii, type PiiKind } from "./detectors";

/**
 * What a redaction replaced, to put it back: placeholder → original text, and value → placeholder
 * so the same phone or email gets the same placeholder everywhere it appears in one call.
 */
export type Vault = { values: Map<string, string>; placeholders: Map<string, string>; counts: Map<PiiKind, number> };

export const createVault = (): Vault => ({ values: new Map(), placeholders: new Map(), counts: new Map() });

const PLACEHOLDER = /\[(PHONE|EMAIL|ID|IBAN|CARD)_(\d+)\]/g;

/**
 * Replaces phone numbers, emails, national ids, IBANs and card numbers with placeholders such as
 * [PHONE_1] or [ID_2]. Pass the same vault for every text of one model call.
 */
export function redact(text: string, vault: Vault = createVault()): { text: string; vault: Vault } {
  const spans = findPii(text);
  if (spans.length === 0) return { text, vault };
  let out = "";
  let last = 0;
  for (const span of spans) {
    const key = `${span.kind}:${span.key}`;
    let placeholder = vault.placeholders.get(key);
    if (!placeholder) {
      const n = (vault.counts.get(span.kind) ?? 0) + 1;
      vault.counts.set(span.kind, n);
      placeholder = `[${span.kind}_${n}]`;
      vault.placeholders.set(key, placeholder);
      vault.values.set(placeholder, text.slice(span.start, span.end));
    }
    out += text.slice(last, span.start) + placeholder;
    last = span.end;
  }
  return { text: out + text.slice(last), vault };
}

/** Puts the original values back; placeholders the vault does not know are left as they are. */
export function restore(text: string, vault: Vault, escape: (value: string) => string = (v) => v): string {
  return text.replace(PLACEHOLDER, (p) => {
    const value = vault.values.get(p);
    return value === undefined ? p : escape(value);
  });
}

function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
  }
  return value;
}

/** `restore` on every string inside a value (tool-call arguments, JSON results). */
export const restoreDeep = <T>(value: T, vault: Vault): T => mapStrings(value, (s) => restore(s, vault)) as T;

/** `redact` on every string inside a value, sharing the vault. */
export const redactDeep = <T>(value: T, vault: Vault): T => mapStrings(value, (s) => redact(s, vault).text) as T;
