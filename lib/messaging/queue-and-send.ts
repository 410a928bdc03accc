import { inngest } from "@/inngest/client";
import type { TenantContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { queueOutbound, sendRequestedEvent, type QueueInput } from "./queue-outbound";

/**
 * Queues a message in its own transaction, then starts its send workflow once that has committed.
 * Call it with no transaction open (actions: `workspaceAction({ transaction: false })`): with the
 * embedded database a transaction held across `inngest.send` would deadlock the executor.
 * If the event cannot be sent the row stays `pending` and the caller gets the error; the nightly
 * maintenance re-requests stale pending sends.
 */
export async function queueAndSend(ctx: TenantContext, input: QueueInput) {
  const row = await withTenant(ctx.tenantId, (tx) => queueOutbound(tx, ctx, input));
  await inngest.send(sendRequestedEvent(ctx.tenantId, row));
  return row;
}
