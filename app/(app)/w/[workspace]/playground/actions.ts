"use server";

import { revalidatePath } from "next/cache";
import { whatsAppMimeType } from "@/components/playground/file-type";
import { stageOutboundMedia } from "@/lib/messaging/stage-outbound-media";
import { workspaceAction } from "@/lib/tenancy/workspace-action";
import { SAMPLE_VOICE_NOTE_FILENAME, SAMPLE_VOICE_NOTE_MIME, sampleVoiceNote } from "@/lib/whatsapp/simulator/sample-voice-note";
import { sendAsTestCustomer, sendMediaAsTestCustomer, testCustomerOfUser } from "@/lib/whatsapp/simulator/test-customer";
import { replyToTestCustomer } from "@/lib/whatsapp/simulator/test-phone";
import { businessContent, businessSchema, customerSchema } from "./schema";

const fileOf = async (file: File) => ({ bytes: new Uint8Array(await file.arrayBuffer()), mimeType: whatsAppMimeType(file), filename: file.name || undefined });

/**
 * The test phone's "send": the simulated customer's message — text, location, a tap on a button
 * or list row, a photo, a voice note — goes through the real intake, as a real customer's would.
 * No transaction is held meanwhile (the intake opens its own).
 */
export const sendAsTestCustomerAction = workspaceAction({ schema: customerSchema, transaction: false }, async (input, ctx) => {
  const customer = await testCustomerOfUser(ctx.userId);
  const base = { channelId: input.channelId, customer };
  switch (input.kind) {
    case "text":
      await sendAsTestCustomer(ctx, { ...base, message: { type: "text", text: input.text } });
      break;
    case "location":
      await sendAsTestCustomer(ctx, { ...base, message: { type: "location", latitude: input.latitude, longitude: input.longitude, name: input.name } });
      break;
    case "button_reply":
      await sendAsTestCustomer(ctx, { ...base, message: { type: "button_reply", id: input.id, title: input.title, replyTo: input.replyTo } });
      break;
    case "button":
      await sendAsTestCustomer(ctx, { ...base, message: { type: "button", payload: input.payload, text: input.text, replyTo: input.replyTo } });
      break;
    case "list_reply":
      await sendAsTestCustomer(ctx, { ...base, message: { type: "list_reply", id: input.id, title: input.title, description: input.description, replyTo: input.replyTo } });
      break;
    case "image":
      await sendMediaAsTestCustomer(ctx, { ...base, mediaType: "image", file: await fileOf(input.file), caption: input.caption });
      break;
    case "audio":
      await sendMediaAsTestCustomer(ctx, { ...base, mediaType: "audio", file: await fileOf(input.file), voice: true });
      break;
    case "sample_voice":
      await sendMediaAsTestCustomer(ctx, { ...base, mediaType: "audio", file: { bytes: sampleVoiceNote(), mimeType: SAMPLE_VOICE_NOTE_MIME, filename: SAMPLE_VOICE_NOTE_FILENAME }, voice: true });
      break;
  }
  revalidatePath(`/w/${ctx.tenant.slug}/playground`);
});

/**
 * The business's reply from beside the test phone — text, reply buttons, a list, an image or an
 * approved template — checked against Meta's limits, then queued and sent through the real
 * outbound path. Queuing opens its own transaction and then starts a workflow: none held here.
 */
export const replyAsBusinessAction = workspaceAction({ schema: businessSchema, transaction: false }, async (input, ctx) => {
  const customer = await testCustomerOfUser(ctx.userId);
  const content = input.kind === "image" ? await stageOutboundMedia(ctx, { mediaType: "image", file: await fileOf(input.file), caption: input.caption }) : businessContent(input);
  const row = await replyToTestCustomer(ctx, { channelId: input.channelId, customer, content });
  revalidatePath(`/w/${ctx.tenant.slug}/playground`);
  return { messageId: row.id };
});
