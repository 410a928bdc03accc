import "server-only";
import { getTranslations } from "next-intl/server";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { channels } from "@/db/schema";
import { findUserById } from "@/lib/auth/users";
import { AppError } from "@/lib/errors/app-error";
import { mediaProblem } from "@/lib/media/limits";
import { mediaFileProblem } from "@/lib/messaging/stage-outbound-media";
import type { TenantContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { WebhookDeps } from "../webhook/handle-meta-webhook";
import type { SimulatedCustomer, SimulatedInbound } from "./customer-webhook";
import { injectSimulatedInbound, type InboundMediaUpload } from "./inject-inbound";
import { testCustomerFor } from "./test-phone";

/** The signed-in person's simulated customer, named in their language ("Lucía (prueba)"). */
export async function testCustomerOfUser(userId: string) {
  const [user, t] = await Promise.all([findUserById(userId), getTranslations("playground")]);
  return testCustomerFor(userId, user?.name ? t("testCustomerName", { name: user.name }) : t("testCustomerAnonymous"));
}

export type TestPhoneDeps = Pick<WebhookDeps, "db" | "emit">;

/**
 * The test phone's "send": the simulated customer's message goes through the real intake — a
 * Meta-format webhook, signed with the channel's secret — exactly as a real customer's would.
 * Only to a simulator number of this workspace. Holds no transaction around the intake (which
 * opens its own). Returns the message's wamid (and the media id of a file).
 */
export async function sendAsTestCustomer(ctx: TenantContext, input: { channelId: string; customer: SimulatedCustomer; message: SimulatedInbound | InboundMediaUpload }, deps: TestPhoneDeps = {}) {
  const db = deps.db ?? getDb();
  const [simulator] = await withTenant(
    ctx.tenantId,
    (tx) => tx.select({ id: channels.id }).from(channels).where(and(eq(channels.tenantId, ctx.tenantId), eq(channels.id, input.channelId), eq(channels.provider, "simulator"))),
    db,
  );
  if (!simulator) throw new AppError("not_found:channel");
  const res = await injectSimulatedInbound({ channelId: simulator.id, from: input.customer.waId, name: input.customer.name, message: input.message }, { db, emit: deps.emit });
  if (!res.ok) throw new AppError("not_found:channel");
  if (res.status !== 200) throw new AppError("internal:unexpected", { message: `intake answered ${res.status}` });
  return { wamid: res.wamid, mediaId: res.mediaId };
}

export type TestPhoneFile = { bytes: Uint8Array; mimeType: string; filename?: string };

/**
 * A photo or an audio file from the test phone: checked against WhatsApp's limits (a clear
 * refusal instead of a message that never arrives), kept by the simulator as the customer's phone
 * uploads it to WhatsApp, then announced by a webhook carrying only its media id — the app fetches
 * the bytes through the Graph media endpoints, as with a real customer.
 */
export async function sendMediaAsTestCustomer(
  ctx: TenantContext,
  input: { channelId: string; customer: SimulatedCustomer; mediaType: "image" | "audio"; file: TestPhoneFile; caption?: string; voice?: boolean },
  deps: TestPhoneDeps = {},
) {
  const problem = mediaFileProblem(input.mediaType, input.file);
  if (problem) throw new AppError(problem, { message: mediaProblem(input.mediaType, input.file.mimeType, input.file.bytes.byteLength) ?? problem });
  const caption = input.mediaType === "image" ? input.caption?.trim() : undefined;
  const upload: InboundMediaUpload = {
    type: input.mediaType,
    dataBase64: Buffer.from(input.file.bytes).toString("base64"),
    mimeType: input.file.mimeType,
    ...(input.file.filename ? { filename: input.file.filename } : {}),
    ...(caption ? { caption } : {}),
    ...(input.mediaType === "audio" ? { voice: input.voice ?? false } : {}),
  };
  return sendAsTestCustomer(ctx, { channelId: input.channelId, customer: input.customer, message: upload }, deps);
}
