import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { channels, contacts, conversations, messages } from "@/db/schema";
import type { TenantContext } from "@/lib/tenancy/context";
import type { SimulatedCustomer } from "./customer-webhook";

/**
 * Each person in the workspace gets their own simulated customer on the test phone, with a stable
 * Spanish-looking mobile number (+34 6…) derived from their user id, so two colleagues testing at
 * once have separate conversations.
 */
export function testCustomerFor(userId: string, displayName: string): SimulatedCustomer {
  const digits = BigInt(`0x${createHash("sha256").update(userId).digest("hex").slice(0, 12)}`).toString().padStart(8, "0").slice(-8);
  return { waId: `346${digits}`, name: displayName };
}

export function listSimulatorChannels(tx: Tx, ctx: TenantContext) {
  return tx
    .select({ id: channels.id, name: channels.name, displayPhoneNumber: channels.displayPhoneNumber, phoneNumberId: channels.phoneNumberId })
    .from(channels)
    .where(and(eq(channels.tenantId, ctx.tenantId), eq(channels.provider, "simulator")))
    .orderBy(asc(channels.createdAt));
}

/** The test customer's messages with the business on one simulator number, oldest first. */
export async function loadTestPhoneThread(tx: Tx, ctx: TenantContext, channelId: string, waId: string, limit = 100) {
  return tx
    .select({ id: messages.id, direction: messages.direction, author: messages.author, type: messages.type, body: messages.body, status: messages.status, createdAt: messages.createdAt, content: messages.content })
    .from(messages)
    .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), eq(conversations.tenantId, messages.tenantId)))
    .innerJoin(contacts, and(eq(contacts.id, conversations.contactId), eq(contacts.tenantId, conversations.tenantId)))
    .where(and(eq(messages.tenantId, ctx.tenantId), eq(messages.channelId, channelId), eq(contacts.waId, waId)))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(limit);
}

export type TestPhoneMessage = Awaited<ReturnType<typeof loadTestPhoneThread>>[number];
