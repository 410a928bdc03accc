import type {
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3Message,
  LanguageModelV3Middleware,
  LanguageModelV3StreamPart,
  LanguageModelV3ToolResultOutput,
} from "@ai-sdk/provider";
import { createVault, redact, redactDeep, restore, restoreDeep, type Vault } from "./redact";

type ToolResultPart = { type: "tool-result"; output: LanguageModelV3ToolResultOutput };

function redactOutput(output: LanguageModelV3ToolResultOutput, vault: Vault): LanguageModelV3ToolResultOutput {
  switch (output.type) {
    case "text":
    case "error-text":
      return { ...output, value: redact(output.value, vault).text };
    case "json":
    case "error-json":
      return { ...output, value: redactDeep(output.value, vault) };
    case "content":
      return { ...output, value: output.value.map((p) => (p.type === "text" ? { ...p, text: redact(p.text, vault).text } : p)) };
    case "execution-denied":
      return output.reason ? { ...output, reason: redact(output.reason, vault).text } : output;
  }
}

/** Every text the model would read — system, user, assistant, earlier tool calls and tool results — with personal data replaced. */
export function redactPrompt(prompt: LanguageModelV3Message[], vault: Vault): LanguageModelV3Message[] {
  const text = (s: string) => redact(s, vault).text;
  return prompt.map((message): LanguageModelV3Message => {
    switch (message.role) {
      case "system":
        return { ...message, content: text(message.content) };
      case "user":
        return { ...message, content: message.content.map((p) => (p.type === "text" ? { ...p, text: text(p.text) } : p)) };
      case "assistant":
        return {
          ...message,
          content: message.content.map((p) => {
            if (p.type === "text" || p.type === "reasoning") return { ...p, text: text(p.text) };
            if (p.type === "tool-call") return { ...p, input: typeof p.input === "string" ? text(p.input) : redactDeep(p.input, vault) };
            if (p.type === "tool-result") return { ...p, output: redactOutput(p.output, vault) };
            return p;
          }),
        };
      case "tool":
        return { ...message, content: message.content.map((p) => (p.type === "tool-result" ? { ...p, output: redactOutput((p as ToolResultPart).output, vault) } : p)) };
    }
  });
}

/** A value put back inside a JSON string must stay valid JSON. */
const jsonEscape = (value: string) => JSON.stringify(value).slice(1, -1);

/** Tool-call arguments arrive as a JSON string: restore the values inside it. */
export function restoreToolInput(input: string, vault: Vault): string {
  try {
    return JSON.stringify(restoreDeep(JSON.parse(input) as unknown, vault));
  } catch {
    return restore(input, vault, jsonEscape);
  }
}

function restoreContent(part: LanguageModelV3Content, vault: Vault): LanguageModelV3Content {
  if (part.type === "text" || part.type === "reasoning") return { ...part, text: restore(part.text, vault) };
  if (part.type === "tool-call") return { ...part, input: restoreToolInput(part.input, vault) };
  return part;
}

/** A placeholder may arrive split across deltas ("[PHO" + "NE_1]"): hold back a tail that could still become one. */
const PARTIAL_TAIL = /\[[A-Z]{0,5}(?:_\d*)?$/;

function restoringStream(vault: Vault): TransformStream<LanguageModelV3StreamPart, LanguageModelV3StreamPart> {
  const pending = new Map<string, { type: "text-delta" | "reasoning-delta" | "tool-input-delta"; text: string }>();
  const release = (id: string, all: boolean, controller: TransformStreamDefaultController<LanguageModelV3StreamPart>) => {
    const held = pending.get(id);
    if (!held) return;
    const cut = all ? held.text.length : (PARTIAL_TAIL.exec(held.text)?.index ?? held.text.length);
    const ready = held.text.slice(0, cut);
    held.text = held.text.slice(cut);
    if (ready) controller.enqueue({ type: held.type, id, delta: held.type === "tool-input-delta" ? restore(ready, vault, jsonEscape) : restore(ready, vault) });
    if (all) pending.delete(id);
  };
  return new TransformStream({
    transform(part, controller) {
      if (part.type === "text-delta" || part.type === "reasoning-delta" || part.type === "tool-input-delta") {
        const held = pending.get(part.id) ?? { type: part.type, text: "" };
        held.text += part.delta;
        pending.set(part.id, held);
        release(part.id, false, controller);
        return;
      }
      if (part.type === "text-end" || part.type === "reasoning-end" || part.type === "tool-input-end") release(part.id, true, controller);
      if (part.type === "finish") for (const id of [...pending.keys()]) release(id, true, controller);
      controller.enqueue(part.type === "tool-call" ? { ...part, input: restoreToolInput(part.input, vault) } : part);
    },
    flush(controller) {
      for (const id of [...pending.keys()]) release(id, true, controller);
    },
  });
}

const redactParams = (params: LanguageModelV3CallOptions, vault: Vault): LanguageModelV3CallOptions => ({ ...params, prompt: redactPrompt(params.prompt, vault) });

/**
 * Keeps personal data away from an external model: phones, emails, national ids, IBANs and card
 * numbers in the prompt become placeholders ([PHONE_1]…), one vault per call so a value keeps its
 * placeholder across messages; the reply's text and tool-call arguments get the real values back.
 * Use with `wrapLanguageModel({ model, middleware: redactingMiddleware() })`.
 */
export function redactingMiddleware(): LanguageModelV3Middleware {
  return {
    specificationVersion: "v3",
    wrapGenerate: async ({ model, params }) => {
      const vault = createVault();
      const result = await model.doGenerate(redactParams(params, vault));
      return { ...result, content: result.content.map((p) => restoreContent(p, vault)) };
    },
    wrapStream: async ({ model, params }) => {
      const vault = createVault();
      const result = await model.doStream(redactParams(params, vault));
      return { ...result, stream: result.stream.pipeThrough(restoringStream(vault)) };
    },
  };
}
