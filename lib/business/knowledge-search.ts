import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import type { Language } from "@/lib/ai/types";

/**
 * Finds the FAQs that answer a customer's question with PostgreSQL full-text search (the generated
 * `search` column, stemmed in each entry's language: see migration 0006). Words are OR-ed, so a
 * natural question ("¿hacéis envíos a Canarias?") finds an entry phrased differently; entries are
 * then scored by how much of the question they cover. Accents are folded on both sides as a second
 * chance (no `unaccent`: PGlite lacks it), together with the other languages' stemming.
 */

export type KnowledgeSearchHit = { id: string; question: string; answer: string; language: string; score: number };

const CONFIG: Record<Language, string> = { es: "spanish", en: "english", pt: "portuguese" };
const ACCENTED = "ÁÀÂÃÄÉÈÊËÍÌÎÏÓÒÔÕÖÚÙÛÜÇáàâãäéèêëíìîïóòôõöúùûüç";
const PLAIN = "AAAAAEEEEIIIIOOOOOUUUUCaaaaaeeeeiiiiooooouuuuc";
const FOLD = new Map([...ACCENTED].map((c, i) => [c, PLAIN[i]]));
const fold = (s: string) => [...s].map((c) => FOLD.get(c) ?? c).join("");

const MAX_WORDS = 40;
const CANDIDATES = 50;

/** The question's words, lower-case, without punctuation; "or" is websearch syntax, so it goes. */
export function queryWords(query: string): string[] {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && w !== "or");
  return [...new Set(words)].slice(0, MAX_WORDS);
}

const entryConfig = sql.raw(`(case language when 'en' then 'english'::regconfig when 'pt' then 'portuguese'::regconfig else 'spanish'::regconfig end)`);
const foldedText = (expr: SQL) => sql`translate(${expr}, ${ACCENTED}, ${PLAIN})`;
const foldedDoc = foldedText(sql.raw(`question || ' ' || hilo_join_words(variants) || ' ' || answer || ' ' || hilo_join_words(tags)`));
const questionLexemes = sql`(select json_agg(tsvector_to_array(to_tsvector(${entryConfig}, ${foldedText(sql.raw("v"))}))) from unnest(array_prepend(question, variants)) v)`;

type Candidate = { id: string; question: string; answer: string; language: string; rank: number; lexemes: string[]; questions: string[][] | null };
type Lexicon = Record<Language, Map<string, Set<string>>>;

/** Each word's lexemes (as typed and with accents folded) under each language's stemming. */
async function lexicon(tx: Tx, words: string[]): Promise<Lexicon> {
  const forms = [...new Set(words.flatMap((w) => [w, fold(w)]))];
  const rows = (await tx.execute(
    sql`select w, tsvector_to_array(to_tsvector('spanish', w)) as es, tsvector_to_array(to_tsvector('english', w)) as en, tsvector_to_array(to_tsvector('portuguese', w)) as pt
        from (values ${sql.join(
          forms.map((f) => sql`(${f}::text)`),
          sql`, `,
        )}) as t(w)`,
  )) as unknown as { w: string; es: string[]; en: string[]; pt: string[] }[];
  const byForm = new Map(rowsOf(rows).map((r) => [r.w, r]));
  const out = { es: new Map(), en: new Map(), pt: new Map() } as Lexicon;
  for (const lang of Object.keys(CONFIG) as Language[])
    for (const w of words) out[lang].set(w, new Set([...(byForm.get(w)?.[lang] ?? []), ...(byForm.get(fold(w))?.[lang] ?? [])]));
  return out;
}

// postgres.js returns the rows as an array; PGlite as `{ rows }`.
function rowsOf<T>(result: T[] | { rows: T[] }): T[] {
  return Array.isArray(result) ? result : result.rows;
}

/** How well an entry answers: the share of the question's words it contains, or of one of its own phrasings the question contains. */
function score(c: Candidate, lex: Lexicon, languages: Language[]): number {
  const doc = new Set(c.lexemes);
  let best = 0;
  for (const lang of languages) {
    const meaningful = [...lex[lang].values()].filter((l) => l.size);
    if (!meaningful.length) continue;
    const covered = meaningful.filter((l) => [...l].some((x) => doc.has(x))).length / meaningful.length;
    const asked = new Set(meaningful.flatMap((l) => [...l]));
    const phrasing = Math.max(0, ...(c.questions ?? []).filter((q) => q?.length).map((q) => q.filter((x) => asked.has(x)).length / q.length));
    best = Math.max(best, covered, phrasing);
  }
  return Math.round(best * 100) / 100;
}

async function candidates(tx: Tx, tenantId: string, text: string, opts: { language?: Language; everyLanguage: boolean }): Promise<Candidate[]> {
  const langFilter = opts.language && !opts.everyLanguage ? sql`and language = ${opts.language}` : sql``;
  const query = opts.everyLanguage
    ? sql`websearch_to_tsquery('spanish', ${text}) || websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('portuguese', ${text})`
    : sql`websearch_to_tsquery(${entryConfig}, ${text})`;
  // The second pass also matches the entry's text with accents folded, computed on the fly.
  const doc = opts.everyLanguage ? sql`search || to_tsvector(${entryConfig}, ${foldedDoc})` : sql`search`;
  const rows = await tx.execute(sql`
    select id, question, answer, language, ts_rank(d.doc, w.q) as rank, tsvector_to_array(d.doc) || tsvector_to_array(to_tsvector(${entryConfig}, ${foldedDoc})) as lexemes, ${questionLexemes} as questions
    from knowledge_entries, lateral (select ${doc} as doc) d, lateral (select ${query} as q) w
    where tenant_id = ${tenantId} and active ${langFilter} and d.doc @@ w.q
    order by rank desc
    limit ${CANDIDATES}`);
  return rowsOf(rows as unknown as Candidate[] | { rows: Candidate[] }).map((r) => ({ ...r, rank: Number(r.rank), questions: typeof r.questions === "string" ? JSON.parse(r.questions) : r.questions }));
}

/**
 * The active FAQs that best answer `query`, best first, each with a score from 0 to 1. First in
 * `language` (or each entry's own language when none is given) with the indexed column; when that
 * finds nothing, in every language, with the other languages' stemming and accents folded.
 */
export async function searchKnowledge(tx: Tx, tenantId: string, query: string, opts: { language?: Language; limit?: number } = {}): Promise<KnowledgeSearchHit[]> {
  const words = queryWords(query);
  if (!words.length) return [];
  const text = [...new Set([...words, ...words.map(fold)])].join(" or ");
  const limit = Math.min(Math.max(opts.limit ?? 5, 1), 20);
  const lex = await lexicon(tx, words);
  let found = await candidates(tx, tenantId, text, { language: opts.language, everyLanguage: false });
  let languages = (c: Candidate): Language[] => [c.language as Language];
  if (!found.length) {
    found = await candidates(tx, tenantId, text, { language: opts.language, everyLanguage: true });
    languages = () => ["es", "en", "pt"];
  }
  return found
    .map((c) => ({ c, score: score(c, lex, languages(c).filter((l) => l in CONFIG)) }))
    .sort((a, b) => b.score - a.score || b.c.rank - a.c.rank)
    .slice(0, limit)
    .map(({ c, score }) => ({ id: c.id, question: c.question, answer: c.answer, language: c.language, score }));
}
