import { z } from "zod";
import type { QueuedContent } from "@/lib/messaging/outbound-content";
import { LIMITS } from "@/lib/whatsapp/providers/validate";

// Form shapes of the playground's two ends. Lengths follow Meta's limits so a field that is too
// long is marked where it was typed; validateOutbound checks the whole message again.

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || undefined);
/** A repeated field (`rowTitle` ×N) arrives as a string, an array, or nothing. */
const repeated = (max: number) => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().max(max)));
const channelId = z.uuid();
const wamid = z.string().min(1).max(200);

export const customerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), channelId, text: text(4096) }),
  z.object({ kind: z.literal("location"), channelId, latitude: z.coerce.number().min(-90).max(90), longitude: z.coerce.number().min(-180).max(180), name: z.string().max(100).optional() }),
  z.object({ kind: z.literal("button_reply"), channelId, replyTo: wamid, id: text(256), title: text(LIMITS.buttonTitle) }),
  // A quick-reply tap on a template (Meta's `type: "button"`; quick-reply texts are at most 25 characters).
  z.object({ kind: z.literal("button"), channelId, replyTo: wamid, payload: text(256), text: text(25) }),
  z.object({ kind: z.literal("list_reply"), channelId, replyTo: wamid, id: text(LIMITS.rowId), title: text(LIMITS.rowTitle), description: optionalText(LIMITS.rowDescription) }),
  z.object({ kind: z.literal("image"), channelId, file: z.file(), caption: optionalText(LIMITS.caption) }),
  z.object({ kind: z.literal("audio"), channelId, file: z.file() }),
  z.object({ kind: z.literal("sample_voice"), channelId }),
]);

export const businessSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), channelId, body: text(LIMITS.textBody) }),
  z.object({
    kind: z.literal("buttons"),
    channelId,
    body: text(LIMITS.buttonsBody),
    button1: text(LIMITS.buttonTitle),
    button2: optionalText(LIMITS.buttonTitle),
    button3: optionalText(LIMITS.buttonTitle),
  }),
  z.object({
    kind: z.literal("list"),
    channelId,
    body: text(LIMITS.listBody),
    button: text(LIMITS.listButton),
    sectionTitle: optionalText(LIMITS.sectionTitle),
    rowTitle: repeated(LIMITS.rowTitle),
    rowDescription: repeated(LIMITS.rowDescription),
  }),
  z.object({ kind: z.literal("image"), channelId, file: z.file(), caption: optionalText(LIMITS.caption) }),
  // A button's value (URL suffix, coupon code) is sent with the button's position beside it.
  z.object({ kind: z.literal("template"), channelId, templateId: z.uuid(), headerVar: repeated(1024), bodyVar: repeated(1024), buttonVar: repeated(2000), buttonVarIndex: repeated(2) }),
]);

export type BusinessInput = z.output<typeof businessSchema>;

/** The message a business form asks for (an image is staged separately: it needs the store). */
export function businessContent(input: Exclude<BusinessInput, { kind: "image" }>): QueuedContent {
  switch (input.kind) {
    case "text":
      return { kind: "text", body: input.body };
    case "buttons": {
      const titles = [input.button1, input.button2, input.button3].filter((t): t is string => Boolean(t));
      return { kind: "buttons", body: input.body, buttons: titles.map((title, i) => ({ id: `btn-${i + 1}`, title })) };
    }
    case "list": {
      const rows = input.rowTitle.flatMap((title, i) => (title ? [{ id: `row-${i + 1}`, title, ...(input.rowDescription[i] ? { description: input.rowDescription[i] } : {}) }] : []));
      return { kind: "list", body: input.body, button: input.button, sections: [{ ...(input.sectionTitle ? { title: input.sectionTitle } : {}), rows }] };
    }
    case "template": {
      const buttons: Record<number, string[]> = {};
      input.buttonVar.forEach((value, i) => (buttons[Number(input.buttonVarIndex[i])] ??= []).push(value));
      return {
        kind: "template",
        templateId: input.templateId,
        variables: { ...(input.headerVar.length ? { header: input.headerVar } : {}), ...(input.bodyVar.length ? { body: input.bodyVar } : {}), ...(input.buttonVar.length ? { buttons } : {}) },
      };
    }
  }
}
