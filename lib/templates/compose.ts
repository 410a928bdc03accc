/**
 * Editing helpers for the template form: pure text operations, so the form stays a thin view.
 */

const VARIABLE = /\{\{\s*([a-z0-9_]+)\s*\}\}/g;
const MARKER = "__new__";
const isPositional = (name: string) => /^\d+$/.test(name);

export type InsertedVariable = {
  text: string;
  /** Where the cursor goes: right after the new variable. */
  cursor: number;
  /** The new variable's number. */
  added: string;
  /** Old number → new number for the variables that moved, so their example values follow them. */
  renames: Record<string, string>;
};

/**
 * Inserts a positional variable at the cursor (replacing any selection) and renumbers every
 * positional variable in reading order, so the text always reads {{1}}, {{2}}, … as Meta expects,
 * wherever the new one was put. Spaces are added around it where it would touch a word.
 */
export function insertVariable(text: string, start: number, end: number = start): InsertedVariable {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const pad = before && !/\s$/.test(before) ? " " : "";
  const padAfter = after && !/^[\s.,;:!?)]/.test(after) ? " " : "";
  const joined = `${before}${pad}{{${MARKER}}}${padAfter}${after}`;
  const order: string[] = [];
  for (const [, name] of joined.matchAll(VARIABLE)) if ((isPositional(name) || name === MARKER) && !order.includes(name)) order.push(name);
  const mapping = Object.fromEntries(order.map((name, i) => [name, String(i + 1)]));
  const rename = (s: string) => s.replace(VARIABLE, (m, name: string) => (name in mapping ? `{{${mapping[name]}}}` : m));
  const head = rename(`${before}${pad}{{${MARKER}}}`);
  const renames: Record<string, string> = {};
  for (const [from, to] of Object.entries(mapping)) if (from !== MARKER && from !== to) renames[from] = to;
  return { text: rename(joined), cursor: head.length, added: mapping[MARKER], renames };
}

/** Example values re-keyed after a renumbering; values of variables that did not move stay. */
export function renameExamples(examples: Record<string, string>, renames: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(examples)) if (!(name in renames)) out[name] = value;
  for (const [from, to] of Object.entries(renames)) if (examples[from] !== undefined) out[to] = examples[from];
  return out;
}

/** The text with each variable replaced by its example, or left as {{n}} while it has none. */
export function fillExamples(text: string, examples: Record<string, string>): string {
  return text.replace(VARIABLE, (m, name: string) => examples[name]?.trim() || m);
}
