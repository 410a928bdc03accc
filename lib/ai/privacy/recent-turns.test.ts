import type { ModelMessage } from "ai";
import { describe, expect, it } from "vitest";
import { recentTurnsWithSummary } from "./recent-turns";

const user = (content: string): ModelMessage => ({ role: "user", content });
const bot = (content: string): ModelMessage => ({ role: "assistant", content });

describe("recentTurnsWithSummary", () => {
  it("leaves a short conversation as it is", () => {
    const messages = [user("Hola"), bot("¡Hola! ¿En qué te ayudo?")];
    expect(recentTurnsWithSummary(messages, { keep: 6 })).toBe(messages);
  });

  it("keeps the last turns and summarises the older ones in one system message", () => {
    const messages: ModelMessage[] = [{ role: "system", content: "Reglas" }, ...Array.from({ length: 10 }, (_, i) => (i % 2 ? bot(`respuesta ${i}`) : user(`pregunta ${i}`)))];
    const out = recentTurnsWithSummary(messages, { keep: 6 });
    expect(out).toHaveLength(8);
    expect(out[0]).toEqual({ role: "system", content: "Reglas" });
    expect(out[1].role).toBe("system");
    expect(out[1].content).toBe("Earlier in this conversation (4 messages, oldest first):\n- Customer: pregunta 0\n- Assistant: respuesta 1\n- Customer: pregunta 2\n- Assistant: respuesta 3");
    expect(out.slice(2)).toEqual(messages.slice(5));
  });

  it("carries a running summary forward", () => {
    const messages = [user("a"), bot("b"), user("c")];
    const out = recentTurnsWithSummary(messages, { keep: 2, summary: "Ana quiere una limpieza." });
    expect(out[0]).toEqual({ role: "system", content: "Summary so far: Ana quiere una limpieza.\n\nEarlier in this conversation (1 messages, oldest first):\n- Customer: a" });
    expect(out.slice(1)).toEqual([bot("b"), user("c")]);
  });

  it("never starts the recent part with a tool result cut off from its call", () => {
    const call: ModelMessage = { role: "assistant", content: [{ type: "tool-call", toolCallId: "1", toolName: "lookupOrder", input: { orderNumber: "8842" } }] };
    const result: ModelMessage = { role: "tool", content: [{ type: "tool-result", toolCallId: "1", toolName: "lookupOrder", output: { type: "json", value: { status: "shipped" } } }] };
    const messages = [user("hola"), bot("hola"), user("¿mi pedido 8842?"), call, result, bot("Está enviado.")];
    const out = recentTurnsWithSummary(messages, { keep: 2 });
    expect(out.slice(1)).toEqual([call, result, bot("Está enviado.")]);
    expect(out[0].content).toContain("- Customer: ¿mi pedido 8842?");
  });

  it("keeps the summary short, dropping the oldest lines first", () => {
    const long = "x".repeat(400);
    const messages = [...Array.from({ length: 20 }, (_, i) => user(`${i} ${long}`)), user("última")];
    const summary = recentTurnsWithSummary(messages, { keep: 1 })[0].content as string;
    expect(summary.length).toBeLessThan(1700);
    expect(summary).toContain("- Customer: 19 ");
    expect(summary).not.toContain("- Customer: 0 ");
  });
});
