import { LOCAL_CODES, ProviderError } from "./provider-error";
import type { ListMessage, MediaMessage, OutboundMessage, ReplyButtonsMessage, SendOptions, TemplateExpectation, TemplateMessage } from "./types";

/**
 * Meta's published limits (fact sheet §4, §7), checked before any request: a payload Meta would
 * refuse costs a round trip, may count against rate limits, and gives a vaguer error than ours.
 */
export const LIMITS = {
  textBody: 4096,
  caption: 1024,
  buttonsMax: 3,
  buttonTitle: 20,
  buttonId: 256,
  buttonsBody: 1024,
  listBody: 4096,
  headerText: 60,
  footer: 60,
  listButton: 20,
  sectionsMax: 10,
  rowsMax: 10,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
  sectionTitle: 24,
  templateName: 512,
} as const;

export type ValidationProblem = { path: string; message: string };

export type { TemplateExpectation } from "./types";

/** Meta counts characters, not UTF-16 units: an emoji is one character. */
const length = (s: string) => [...s].length;

function checkText(problems: ValidationProblem[], path: string, value: string | undefined, max: number, required = false) {
  if (value === undefined) {
    if (required) problems.push({ path, message: "is required" });
    return;
  }
  if (required && value.trim() === "") problems.push({ path, message: "must not be empty" });
  const n = length(value);
  if (n > max) problems.push({ path, message: `must be at most ${max} characters (got ${n})` });
}

function checkMediaRef(problems: ValidationProblem[], path: string, ref: { id?: string; link?: string }) {
  if ((ref.id === undefined) === (ref.link === undefined)) problems.push({ path, message: "needs exactly one of id or link" });
  if (ref.link !== undefined && !/^https?:\/\//i.test(ref.link)) problems.push({ path: `${path}.link`, message: "must be an http(s) URL" });
}

function checkMedia(p: ValidationProblem[], m: MediaMessage) {
  checkMediaRef(p, "media", m);
  if (m.caption !== undefined && (m.mediaType === "audio" || m.mediaType === "sticker")) p.push({ path: "caption", message: `is not allowed on ${m.mediaType}` });
  checkText(p, "caption", m.caption, LIMITS.caption);
  if (m.filename !== undefined && m.mediaType !== "document") p.push({ path: "filename", message: "is only allowed on documents" });
}

function checkButtons(p: ValidationProblem[], m: ReplyButtonsMessage) {
  checkText(p, "body", m.body, LIMITS.buttonsBody, true);
  if (m.header?.type === "text") checkText(p, "header.text", m.header.text, LIMITS.headerText, true);
  else if (m.header) checkMediaRef(p, "header", m.header);
  checkText(p, "footer", m.footer, LIMITS.footer);
  if (m.buttons.length < 1 || m.buttons.length > LIMITS.buttonsMax) p.push({ path: "buttons", message: `must have 1 to ${LIMITS.buttonsMax} buttons (got ${m.buttons.length})` });
  const seen = new Set<string>();
  m.buttons.forEach((b, i) => {
    checkText(p, `buttons[${i}].title`, b.title, LIMITS.buttonTitle, true);
    checkText(p, `buttons[${i}].id`, b.id, LIMITS.buttonId, true);
    if (seen.has(b.id)) p.push({ path: `buttons[${i}].id`, message: `duplicates another button id ("${b.id}")` });
    seen.add(b.id);
  });
}

function checkList(p: ValidationProblem[], m: ListMessage) {
  checkText(p, "body", m.body, LIMITS.listBody, true);
  if (m.header) checkText(p, "header.text", m.header.text, LIMITS.headerText, true);
  checkText(p, "footer", m.footer, LIMITS.footer);
  checkText(p, "button", m.button, LIMITS.listButton, true);
  if (m.sections.length < 1 || m.sections.length > LIMITS.sectionsMax) p.push({ path: "sections", message: `must have 1 to ${LIMITS.sectionsMax} sections (got ${m.sections.length})` });
  const rows = m.sections.reduce((n, s) => n + s.rows.length, 0);
  if (rows < 1 || rows > LIMITS.rowsMax) p.push({ path: "sections", message: `must have 1 to ${LIMITS.rowsMax} rows in total across sections (got ${rows})` });
  const seen = new Set<string>();
  m.sections.forEach((s, i) => {
    // Meta requires a title on every section once there is more than one.
    checkText(p, `sections[${i}].title`, s.title, LIMITS.sectionTitle, m.sections.length > 1);
    s.rows.forEach((r, j) => {
      const at = `sections[${i}].rows[${j}]`;
      checkText(p, `${at}.title`, r.title, LIMITS.rowTitle, true);
      checkText(p, `${at}.description`, r.description, LIMITS.rowDescription);
      checkText(p, `${at}.id`, r.id, LIMITS.rowId, true);
      if (seen.has(r.id)) p.push({ path: `${at}.id`, message: `duplicates another row id ("${r.id}")` });
      seen.add(r.id);
    });
  });
}

function checkCount(p: ValidationProblem[], path: string, expected: number | undefined, got: number) {
  // Meta answers 132000 for a mismatch; catching it here names the component that is off.
  if (expected !== undefined && expected !== got) p.push({ path, message: `template expects ${expected} parameter(s), got ${got}` });
}

function checkTemplate(p: ValidationProblem[], m: TemplateMessage, expected: TemplateExpectation | undefined) {
  checkText(p, "name", m.name, LIMITS.templateName, true);
  if (m.name && !/^[a-z0-9_]+$/.test(m.name)) p.push({ path: "name", message: "must use lowercase letters, digits and underscores only" });
  checkText(p, "language", m.language, 20, true);
  const c = m.components ?? {};
  c.header?.forEach((h, i) => {
    if (h.type === "image" || h.type === "video" || h.type === "document") checkMediaRef(p, `components.header[${i}].${h.type}`, h.media);
  });
  c.buttons?.forEach((b, i) => {
    if (!Number.isInteger(b.index) || b.index < 0 || b.index > 9) p.push({ path: `components.buttons[${i}].index`, message: "must be an integer from 0 to 9" });
  });
  checkCount(p, "components.header", expected?.header, c.header?.length ?? 0);
  checkCount(p, "components.body", expected?.body, c.body?.length ?? 0);
  for (const [index, count] of Object.entries(expected?.buttons ?? {})) {
    const given = c.buttons?.find((b) => b.index === Number(index))?.parameters.length ?? 0;
    checkCount(p, `components.buttons[index=${index}]`, count, given);
  }
}

/**
 * Every problem Meta would reject this message for, with the field path, e.g.
 * `{ path: "buttons[0].title", message: "must be at most 20 characters (got 21)" }`. Empty means
 * sendable as far as the published limits go (window, opt-in and template status are not checked).
 */
export function validateOutbound(to: string, message: OutboundMessage, options: { template?: TemplateExpectation } = {}): ValidationProblem[] {
  const p: ValidationProblem[] = [];
  if (to.trim() === "") p.push({ path: "to", message: "must not be empty" });
  switch (message.kind) {
    case "text":
      checkText(p, "body", message.body, LIMITS.textBody, true);
      break;
    case "media":
      checkMedia(p, message);
      break;
    case "buttons":
      checkButtons(p, message);
      break;
    case "list":
      checkList(p, message);
      break;
    case "template":
      checkTemplate(p, message, options.template);
      break;
  }
  return p;
}

export const formatProblems = (problems: ValidationProblem[]) => problems.map((x) => `${x.path}: ${x.message}`).join("; ");

/** The preflight every provider runs: throws code 100 (what Meta would answer) with no request made. */
export function assertSendableOrThrow(to: string, message: OutboundMessage, options: Pick<SendOptions, "template">): void {
  const problems = validateOutbound(to, message, { template: options.template });
  if (problems.length) throw new ProviderError({ code: LOCAL_CODES.invalidParameter, httpStatus: 0, title: "validation_failed", details: formatProblems(problems) });
}
