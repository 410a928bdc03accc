"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { workspaceAction } from "@/lib/tenancy/workspace-action";
import { and, desc, eq } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { contacts, conversations } from "@/db/schema";
import { inngest } from "@/inngest/client";
import { AppError } from "@/lib/errors/app-error";
import { queueOutboundText, sendRequestedEvent } from "@/lib/messaging/queue-outbound";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { checkChannelHealth } from "@/lib/whatsapp/channel-health";
import { createChannel, replaceChannelToken } from "@/lib/whatsapp/channels";
import { parseTestRecipient, sendTestMessage, testMessageStatus } from "@/lib/whatsapp/test-message";
import { testCustomerOfUser } from "@/lib/whatsapp/simulator/test-customer";

const text = (max = 200) => z.string().trim().min(1).max(max);
const optional = (max = 200) => z.string().trim().max(max).optional().transform((v) => v || null);

// Twilio has no phone number id: its account SID goes there and the sender in the display number
// (lib/whatsapp/providers/index.ts reads them so).
const schema = z.discriminatedUnion("provider", [
  z.object({ provider: z.literal("simulator"), name: optional(80) }),
  z.object({ provider: z.literal("meta"), name: text(80), phoneNumberId: z.string().regex(/^\d{6,20}$/), wabaId: z.string().regex(/^\d{6,20}$/), displayPhoneNumber: optional(30), accessToken: text(1000), appSecret: text(200) }),
  z.object({ provider: z.literal("dialog360"), name: text(80), phoneNumberId: optional(30), displayPhoneNumber: optional(30), accessToken: text(1000), appSecret: optional(200) }),
  z.object({ provider: z.literal("twilio"), name: text(80), phoneNumberId: z.string().regex(/^AC[0-9a-fA-F]{32}$/), displayPhoneNumber: z.string().trim().regex(/^(whatsapp:)?\+\d{6,16}$/), accessToken: text(200) }),
]);

export const connectChannelAction = workspaceAction({ schema, roles: MANAGER_ROLES }, async (input, ctx, tx) => {
  const t = await getTranslations("settings.channels");
  const channel = await createChannel(tx, ctx, {
    ...input,
    name: input.name ?? t("defaultSimulatorName"),
    displayPhoneNumber: "displayPhoneNumber" in input ? input.displayPhoneNumber : input.provider === "simulator" ? "+34 600 000 000" : null,
  });
  revalidatePath(`/w/${ctx.tenant.slug}/settings/channels`);
  return { id: channel.id };
});

/**
 * "Send a test message" on a simulator number: to the test phone of the person clicking, through
 * the real outbound path (queued row → send-message workflow → provider client → simulator).
 */
export const sendTestMessageAction = workspaceAction({ schema: z.object({ channelId: z.uuid() }), roles: MANAGER_ROLES, transaction: false }, async ({ channelId }, ctx) => {
  const [customer, t] = await Promise.all([testCustomerOfUser(ctx.userId), getTranslations("settings.channels")]);
  const message = await withTenant(ctx.tenantId, async (tx) => {
    const [conv] = await tx
      .select({ id: conversations.id })
      .from(conversations)
      .innerJoin(contacts, and(eq(contacts.id, conversations.contactId), eq(contacts.tenantId, conversations.tenantId)))
      .where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.channelId, channelId), eq(contacts.waId, customer.waId)))
      .orderBy(desc(conversations.lastMessageAt))
      .limit(1);
    if (!conv) throw new AppError("bad_request:write_first");
    return queueOutboundText(tx, ctx, { conversationId: conv.id, text: t("testMessageBody"), author: "system" });
  });
  await inngest.send(sendRequestedEvent(ctx.tenantId, message));
  return { messageId: message.id };
});

const channelId = z.object({ channelId: z.uuid() });

/** "Check connection": asks the provider now and records the answer (the card shows it). */
export const checkChannelHealthAction = workspaceAction({ schema: channelId, roles: MANAGER_ROLES, transaction: false }, async (input, ctx) => {
  const report = await checkChannelHealth(ctx.tenantId, input.channelId, { actorUserId: ctx.userId });
  if (!report) throw new AppError("not_found:channel");
  revalidatePath(`/w/${ctx.tenant.slug}`, "layout");
  return { outcome: report.outcome, status: report.status };
});

/** A new access token for a real number, stored encrypted, then checked at once. */
export const replaceChannelTokenAction = workspaceAction(
  { schema: channelId.extend({ accessToken: text(1000) }), roles: MANAGER_ROLES, transaction: false },
  async (input, ctx) => {
    await withTenant(ctx.tenantId, (tx) => replaceChannelToken(tx, ctx, input.channelId, input.accessToken));
    const report = await checkChannelHealth(ctx.tenantId, input.channelId, { actorUserId: ctx.userId });
    revalidatePath(`/w/${ctx.tenant.slug}`, "layout");
    return { outcome: report?.outcome ?? "unknown", status: report?.status ?? "error" };
  },
);

const values = z.preprocess((v) => (v == null ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().min(1).max(200)).max(20));
const testRecipient = z.string().max(40).transform((v, c) => parseTestRecipient(v) ?? (c.addIssue({ code: "custom", message: "phone" }), z.NEVER));

/** "Send a test message" on a real number: a template when one is chosen, otherwise free text. */
export const sendRealTestMessageAction = workspaceAction(
  { schema: channelId.extend({ phone: testRecipient, templateId: z.union([z.uuid(), z.literal("")]).optional(), body: optional(1000), variables: values }), roles: MANAGER_ROLES, transaction: false },
  async (input, ctx) => {
    const t = await getTranslations("settings.channels");
    const message = input.templateId ? { kind: "template" as const, templateId: input.templateId, body: input.variables } : { kind: "text" as const, body: input.body ?? t("testMessageBody") };
    return sendTestMessage(ctx, { channelId: input.channelId, waId: input.phone, message });
  },
);

/** Polled by the test form until the message is sent or has failed. */
export const testMessageStatusAction = workspaceAction({ schema: z.object({ messageId: z.uuid() }), roles: MANAGER_ROLES }, async (input, ctx, tx) => {
  const status = await testMessageStatus(tx, ctx, input.messageId);
  if (!status) throw new AppError("not_found:conversation");
  return status;
});
