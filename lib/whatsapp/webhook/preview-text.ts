import type { MessageItem } from "./webhook-item";

const MAX_LENGTH = 120;
const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Cuts at a grapheme boundary so an emoji or accented letter is never split, and keeps the result
 * within MAX_LENGTH UTF-16 units, which also keeps it within MAX_LENGTH code points for the database.
 */
function truncate(s: string): string {
  if (s.length <= MAX_LENGTH) return s;
  let out = "";
  for (const { segment } of segmenter.segment(s)) {
    if (out.length + segment.length > MAX_LENGTH - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

/** The bracketed word shown when a message has nothing to read. */
function placeholder(m: MessageItem): string {
  if (m.reaction) return m.reaction.emoji ? `[reaction ${m.reaction.emoji}]` : "[reaction removed]";
  return `[${m.type}]`;
}

/**
 * One line for the inbox list: what a person would read, else "[image]", "[location]",
 * "[reaction ❤️]"… Stored and shown verbatim: never HTML-escaped here (the UI renders it as text),
 * only line breaks and runs of whitespace are folded so it stays on one line.
 */
export function previewText(m: MessageItem): string {
  const readable = m.text?.replace(/\s+/g, " ").trim();
  return truncate(readable ? readable : placeholder(m));
}
