import { describe, expect, it } from "vitest";
import type { TurnResult } from "../pipeline/run-turn";
import { checkTurn, computeMetrics, summarize, type PlayedTurn } from "./metrics";

const result = (over: Partial<TurnResult> = {}): TurnResult => ({ turnId: "t", outcome: "reply", intent: "greeting", language: "es", confidence: 0.9, tools: [], action: null, text: "Hola, ¿en qué te ayudo?", buttons: [], verdict: null, unsupportedClaimsBlocked: 0, evidence: [], messageIds: [], ...over });
let n = 0;
const turn = (over: Partial<PlayedTurn> = {}): PlayedTurn => ({ scenario: "s1", file: "s1.json", language: "es", index: n++, kind: "customer", input: "hola", result: result(), confirmTap: false, effects: [], leaked: 0, ...over });

describe("checkTurn", () => {
  it("compares each expectation and nothing else", () => {
    const t = turn({ expect: { intent: "order_status", tools: ["lookupOrder"], outcome: "reply" }, result: result({ intent: "order_status", tools: ["lookupOrder", "listOrders"], outcome: "reply" }) });
    expect(checkTurn(t).map((c) => [c.key, c.ok])).toEqual([
      ["intent", true],
      ["tools", true],
      ["outcome", true],
    ]);
  });

  it("a missing expected tool, a forbidden tool and an intent outside the accepted list fail", () => {
    const t = turn({ expect: { intent: ["complaint", "human_request"], tools: ["lookupOrder", "escalate"], notTools: ["changeDelivery"] }, result: result({ intent: "faq", tools: ["lookupOrder", "changeDelivery"] }) });
    expect(checkTurn(t).filter((c) => !c.ok).map((c) => c.key)).toEqual(["intent", "tools", "notTools"]);
  });

  it("mentions ignore case, accents and no-break spaces; an array is any-of; mustNotMention catches the same way", () => {
    const t = turn({ expect: { mentions: ["60,00 €", ["jueves", "27/11"]], mustNotMention: ["45 €", "SABADO"] }, result: result({ text: "La limpieza cuesta 60,00\u00a0€ y hay hueco el Sábado 27/11" }) });
    const checks = Object.fromEntries(checkTurn(t).map((c) => [c.key, c.ok]));
    expect(checks).toEqual({ mentions: true, mustNotMention: false });
  });

  it("button titles count as what the customer sees", () => {
    const t = turn({ expect: { mentions: ["Confirmar"] }, result: result({ text: "¿Te reservo el jueves a las 10:00?", buttons: [{ id: "confirm:x", title: "Confirmar" }] }) });
    expect(checkTurn(t)[0].ok).toBe(true);
  });

  it("action null fails when the database changed even if the pipeline reported nothing", () => {
    const t = turn({ expect: { action: null }, result: result({ action: null }), effects: ["appointment 1234: booked → cancelled"] });
    expect(checkTurn(t)[0]).toMatchObject({ key: "action", ok: false });
  });

  it("a turn that could not be played fails all its expectations; a skipped one has none", () => {
    expect(checkTurn(turn({ result: null, unplayable: "no confirm button", expect: { outcome: "reply", action: "book_appointment" } })).every((c) => !c.ok)).toBe(true);
    expect(checkTurn(turn({ result: null, skipped: "no renderer", expect: { outcome: "reply" } }))).toEqual([]);
  });

  it("reply language is read from the text when it is long enough, else the reported language", () => {
    const english = turn({ expect: { replyLanguage: "en" }, result: result({ language: "es", text: "Your order is on its way and will arrive tomorrow." }) });
    expect(checkTurn(english)[0].ok).toBe(true);
    const short = turn({ expect: { replyLanguage: "pt" }, result: result({ language: "pt", text: "Ok!" }) });
    expect(checkTurn(short)[0].ok).toBe(true);
  });
});

describe("computeMetrics", () => {
  it("accuracies count only turns that state the expectation", () => {
    const turns = [
      turn({ expect: { intent: "greeting" }, result: result({ intent: "greeting" }) }),
      turn({ expect: { intent: "faq" }, result: result({ intent: "greeting" }) }),
      turn({ expect: { intent: "faq" }, result: result({ intent: "faq" }) }),
      turn({ expect: { intent: "faq" }, result: result({ intent: "faq" }) }),
      turn({ expect: { outcome: "reply" } }),
      turn({ expect: { tools: ["searchKnowledge"] }, result: result({ tools: ["searchKnowledge"] }) }),
      turn({ expect: { tools: ["searchKnowledge"], notTools: ["escalate"] }, result: result({ tools: ["searchKnowledge", "escalate"] }) }),
      turn({ expect: { notTools: ["changeDelivery"] } }),
    ];
    const m = computeMetrics(turns);
    expect(m.turns).toBe(8);
    expect(m.intentAccuracy).toBe(0.75);
    expect(m.toolAccuracy).toBe(0.667);
    expect(m.outcomeAccuracy).toBe(1);
    expect(m.actionAccuracy).toBeNull();
  });

  it("escalation precision and recall over labelled turns; an either-way expectation is neither", () => {
    const esc = (expected: PlayedTurn["expect"], got: TurnResult["outcome"]) => turn({ expect: expected, result: result({ outcome: got }) });
    const m = computeMetrics([
      esc({ outcome: "escalate" }, "escalate"), // TP
      esc({ outcome: "escalate" }, "escalate"), // TP
      esc({ outcome: "escalate" }, "reply"), // FN
      esc({ outcome: "reply" }, "escalate"), // FP
      esc({ outcome: "reply" }, "reply"), // TN
      esc({ outcome: ["reply", "escalate"] }, "escalate"), // ignored
      esc({}, "escalate"), // unlabelled: ignored
    ]);
    expect(m.escalationPrecision).toBe(0.667);
    expect(m.escalationRecall).toBe(0.667);
  });

  it("no labelled turns gives null, not zero", () => {
    const m = computeMetrics([turn()]);
    expect(m).toMatchObject({ intentAccuracy: null, toolAccuracy: null, escalationPrecision: null, escalationRecall: null });
  });

  it("blocked and leaked claims are summed; leaks are null when grounding was never checked", () => {
    const m = computeMetrics([turn({ result: result({ unsupportedClaimsBlocked: 2 }), leaked: 1 }), turn({ result: result({ unsupportedClaimsBlocked: 1 }), leaked: 0 }), turn({ leaked: 3 })]);
    expect(m.unsupportedClaimsBlocked).toBe(3);
    expect(m.unsupportedClaimsLeaked).toBe(4);
    expect(computeMetrics([turn({ leaked: null })]).unsupportedClaimsLeaked).toBeNull();
  });

  it("an action executed on anything but a confirm tap is counted, whether reported or only seen in the database", () => {
    const m = computeMetrics([
      turn({ kind: "tap", confirmTap: true, result: result({ action: "book_appointment" }), effects: ["appointment created"] }),
      turn({ result: result({ action: "cancel_appointment" }) }),
      turn({ effects: ["order 1: - → Recogida en tienda"] }),
      turn({ kind: "tap", confirmTap: false, input: "Cancelar", result: result({ action: "book_appointment" }) }),
    ]);
    expect(m.unconfirmedIrreversibleActions).toBe(3);
  });

  it("mention failures count turns, skipped turns are not counted, errored ones are", () => {
    const m = computeMetrics([
      turn({ expect: { mentions: ["60", "45"], mustNotMention: ["Hola"] } }),
      turn({ expect: { mentions: ["Hola"] } }),
      turn({ skipped: "renderer missing", result: null, expect: { mentions: ["x"] } }),
      turn({ unplayable: "no button", result: null, expect: { mentions: ["x"] } }),
      turn({ error: "pipeline threw: boom", result: null, expect: { outcome: "reply" } }),
    ]);
    expect(m).toMatchObject({ mentionFailures: 2, skippedTurns: 1, unplayableTurns: 1, erroredTurns: 1, turns: 4, outcomeAccuracy: 0 });
  });
});

describe("summarize", () => {
  it("splits by language and lists failing turns with expected and got", () => {
    const s = summarize([
      turn({ language: "es", scenario: "a", expect: { intent: "greeting" } }),
      turn({ language: "pt", scenario: "b", expect: { intent: "faq" }, result: result({ intent: "greeting", language: "pt" }) }),
      turn({ language: "pt", scenario: "c", result: result({ action: "change_delivery" }) }),
    ]);
    expect(s.scenarios).toBe(3);
    expect(s.byLanguage.es?.intentAccuracy).toBe(1);
    expect(s.byLanguage.pt?.intentAccuracy).toBe(0);
    expect(s.byLanguage.pt?.unconfirmedIrreversibleActions).toBe(1);
    expect(s.failingTurns).toHaveLength(2);
    expect(summarize([turn({ leaked: 2, leakedClaims: ["45 €", "20 minutos"] })]).failingTurns[0].failed).toEqual([{ key: "grounding", expected: "only claims this turn's evidence supports", got: ["45 €", "20 minutos"] }]);
    expect(s.failingTurns[0].failed[0]).toEqual({ key: "intent", expected: "faq", got: "greeting" });
  });
});
