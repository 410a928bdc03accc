"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { findChannelWithSecrets } from "@/lib/whatsapp/channels";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { buildInboundWebhook } from "@/lib/whatsapp/simulator/customer-webhook";
import { testCustomerOfUser } from "@/lib/whatsapp/simulator/test-customer";
import { handleMetaWebhook } from "@/lib/whatsapp/webhook/handle-meta-webhook";
import { signMetaBody } from "@/lib/whatsapp/webhook/signature";
import { workspaceAction } from "@/lib/tenancy/workspace-action";

const schema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), channelId: z.uuid(), text: z.string().trim().min(1).max(4096) }),
  z.object({ kind: z.literal("location"), channelId: z.uuid(), latitude: z.coerce.number().min(-90).max(90), longitude: z.coerce.number().min(-180).max(180), name: z.string().max(100).optional() }),
]);

/**
 * The test phone's "send": the simulated customer's message goes through the real intake — a
 * Meta-format webhook, signed with the channel's secret — exactly as a real customer's would.
 * No transaction is held meanwhile (the intake opens its own).
 */
export const sendAsTestCustomerAction = workspaceAction({ schema, transaction: false }, async (input, ctx) => {
  const channel = await withTenant(ctx.tenantId, (tx) => findChannelWithSecrets(tx, ctx, input.channelId));
  if (!channel || channel.provider !== "simulator" || !channel.appSecret || !channel.phoneNumberId) throw new AppError("not_found:channel");
  const customer = await testCustomerOfUser(ctx.userId);
  const message = input.kind === "text" ? { type: "text" as const, text: input.text } : { type: "location" as const, latitude: input.latitude, longitude: input.longitude, name: input.name };
  const raw = JSON.stringify(buildInboundWebhook(channel.phoneNumberId, "34600000000", customer, message));
  const res = await handleMetaWebhook(channel.id, Buffer.from(raw), signMetaBody(raw, channel.appSecret));
  if (res.status !== 200) throw new AppError("internal:unexpected", { message: `intake answered ${res.status}` });
  revalidatePath(`/w/${ctx.tenant.slug}/playground`);
});
