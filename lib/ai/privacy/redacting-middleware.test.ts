import type { LanguageModelV3, LanguageModelV3CallOptions, LanguageModelV3GenerateResult, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { generateText, stepCountIs, streamText, tool, wrapLanguageModel } from "ai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { redactingMiddleware } from "./redacting-middleware";

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 5, text: 5, reasoning: 0 } };

/** Everything the model was sent in one call, as text. */
const seen = (options: LanguageModelV3CallOptions) => JSON.stringify(options.prompt);

/** A model that calls `saveContact` with the placeholders it was shown, then thanks the customer using them. */
function fakeModel(): LanguageModelV3 & { calls: LanguageModelV3CallOptions[] } {
  const calls: LanguageModelV3CallOptions[] = [];
  return {
    specificationVersion: "v3",
    provider: "test",
    modelId: "fake",
    supportedUrls: {},
    calls,
    async doGenerate(options): Promise<LanguageModelV3GenerateResult> {
      calls.push(options);
      const text = JSON.stringify(options.prompt.filter((m) => m.role === "user"));
      const email = /\[EMAIL_\d+\]/.exec(text)?.[0];
      const phone = /\[PHONE_\d+\]/.exec(text)?.[0];
      if (calls.length === 1) {
        return { content: [{ type: "tool-call", toolCallId: "c1", toolName: "saveContact", input: JSON.stringify({ email, phone, note: `llamar al ${phone}` }) }], finishReason: { unified: "tool-calls", raw: undefined }, usage, warnings: [] };
      }
      return { content: [{ type: "text", text: `Gracias, te llamaremos al ${phone} y escribiremos a ${email}.` }], finishReason: { unified: "stop", raw: undefined }, usage, warnings: [] };
    },
    async doStream(options) {
      calls.push(options);
      const phone = /\[PHONE_\d+\]/.exec(seen(options))?.[0] ?? "";
      const deltas = ["Te llamo al ", phone.slice(0, 4), phone.slice(4), " hoy."];
      const parts: LanguageModelV3StreamPart[] = [
        { type: "stream-start", warnings: [] },
        { type: "text-start", id: "t" },
        ...deltas.map((delta): LanguageModelV3StreamPart => ({ type: "text-delta", id: "t", delta })),
        { type: "text-end", id: "t" },
        { type: "finish", usage, finishReason: { unified: "stop", raw: undefined } },
      ];
      return { stream: new ReadableStream({ start: (c) => (parts.forEach((p) => c.enqueue(p)), c.close()) }) };
    },
  };
}

const RAW = ["600 123 456", "600123456", "ana@example.com", "12345678Z", "ES91 2100", "4111 1111 1111 1111", "hola@clinica.es"];
const customer = "Hola, soy Ana. DNI 12345678Z, email ana@example.com, móvil 600 123 456. Cobradme en ES91 2100 0418 4502 0005 1332 o con la tarjeta 4111 1111 1111 1111.";

describe("redactingMiddleware", () => {
  it("never sends raw personal data, and gives tools and the customer the real values", async () => {
    const inner = fakeModel();
    const received: unknown[] = [];
    const result = await generateText({
      model: wrapLanguageModel({ model: inner, middleware: redactingMiddleware() }),
      system: "Eres el asistente de Clínica Sol (hola@clinica.es).",
      messages: [
        { role: "user", content: customer },
        { role: "assistant", content: "¿Te llamo al 600 123 456?" },
        { role: "user", content: "Sí" },
      ],
      tools: {
        saveContact: tool({
          inputSchema: z.object({ email: z.string(), phone: z.string(), note: z.string() }),
          execute: async (input) => {
            received.push(input);
            return { saved: true, phone: input.phone, email: input.email };
          },
        }),
      },
      stopWhen: stepCountIs(3),
    });

    expect(inner.calls).toHaveLength(2);
    for (const call of inner.calls) for (const raw of RAW) expect(seen(call)).not.toContain(raw);
    expect(seen(inner.calls[0])).toContain("Clínica Sol ([EMAIL_1])");
    expect(seen(inner.calls[0])).toContain("DNI [ID_1]");
    expect(seen(inner.calls[0])).toContain("[IBAN_1]");
    expect(seen(inner.calls[0])).toContain("[CARD_1]");
    // The tool got real values, and its result (with the same phone) reads with the same placeholder as the customer's message.
    expect(received).toEqual([{ email: "ana@example.com", phone: "600 123 456", note: "llamar al 600 123 456" }]);
    const second = seen(inner.calls[1]);
    expect(second.match(/\[PHONE_\d+\]/g)?.every((p) => p === "[PHONE_1]")).toBe(true);
    expect(result.text).toBe("Gracias, te llamaremos al 600 123 456 y escribiremos a ana@example.com.");
  });

  it("restores placeholders split across streamed deltas", async () => {
    const inner = fakeModel();
    const result = streamText({ model: wrapLanguageModel({ model: inner, middleware: redactingMiddleware() }), prompt: "Llámame al +34 600 123 456" });
    expect(await result.text).toBe("Te llamo al +34 600 123 456 hoy.");
    expect(seen(inner.calls[0])).not.toContain("600 123 456");
  });
});
