import type { KnowledgeHit } from "../../tools/schemas";
import { topicsOf, topicWords } from "../knowledge-topics";
import { contentWords, overlap } from "../text";

/**
 * Which FAQ hit (or business fact) answers the customer's question — only one that really covers
 * it: a low-scoring hit that shares no word with the question is no answer, and then the
 * assistant says so and passes the question on.
 */

/** Verbs and fillers every question has ("¿hacéis…?", "do you have…?"): sharing them proves nothing. */
const GENERIC = new Set(
  ("hace hacen haceis hacer haces hago tiene tienen teneis tener tienes hay puede pueden podeis poder puedo quiero quisiera saber necesito ofrecen ofreceis " +
    "faz fazem fazer tem temos ter pode podem posso quero queria gostaria saber preciso oferecem have has does offer offers any some get know want need there " +
    "algo alguna alguno algum alguma soy sou pueda possa ahi vale bien bem queda fica got").split(" "),
);

export function bestHit(hits: KnowledgeHit[], customerText: string): KnowledgeHit | null {
  const said = contentWords(customerText).filter((w) => !GENERIC.has(w));
  const mine = [...said, ...topicWords(customerText)];
  const topics = topicsOf(customerText);
  const ranked = hits
    .map((h) => ({ h, shared: overlap(said, contentWords(h.question)), any: overlap(mine, contentWords(`${h.question} ${h.answer}`)), own: overlap(said, contentWords(`${h.question} ${h.answer}`)) }))
    // Sharing a real word with the question, or a high score when the words could not be compared (another language).
    // Sharing enough of what the customer said (one shop word like "bike" in a long question is not enough),
    // or a high score when the words could not be compared (another language).
    .filter(({ h, shared, any }) => {
      const asked = Math.max(1, said.length);
      const theirs = Math.max(1, contentWords(h.question).length);
      const sameTopic = topics.some((t) => topicsOf(`${h.question} ${h.answer}`).includes(t));
      return (h.score >= 0.2 && sameTopic) || (h.score >= 0.2 && shared >= 1 && (shared / asked >= 0.25 || shared / theirs >= 0.5)) || (h.score >= 0.3 && any >= 1 && any / asked >= 0.25) || (h.score >= 0.75 && (said.length === 0 || any >= 1 || said.length >= 2));
    })
    // The customer's own words first: a topic word added to the search ("pago") must not outrank them.
    .sort((a, b) => b.own * 0.6 + b.shared * 0.3 + b.h.score - (a.own * 0.6 + a.shared * 0.3 + a.h.score));
  return ranked[0]?.h ?? null;
}

const wordsOf = (text: string) => contentWords(text.replace(/[_-]+/g, " "));

/** A business fact ({ key: "parking", value: "…" }) that answers the question, or null. */
export function matchFact(facts: { key: string; value: string }[], customerText: string): { key: string; value: string } | null {
  const mine = wordsOf(customerText);
  const asked = topicsOf(customerText);
  if (!mine.length) return null;
  let best: { fact: { key: string; value: string }; score: number } | null = null;
  for (const fact of facts) {
    if (/^(address|phone|email|website|direccion|telefono)$/i.test(fact.key)) continue;
    const key = wordsOf(fact.key);
    let score = overlap(mine, key) * 2;
    const theirs = topicsOf(`${fact.key.replace(/[_-]+/g, " ")} ${fact.value}`);
    score += asked.filter((t) => theirs.includes(t)).length * 2;
    if (score > (best?.score ?? 0)) best = { fact, score };
  }
  return best && best.score >= 2 ? best.fact : null;
}
