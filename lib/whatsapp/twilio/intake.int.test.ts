import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { messages } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "../channels";
import type { OutgoingEvent } from "../webhook/commit-and-emit";
import { handleTwilioWebhook } from "./handle-twilio-webhook";
import { twilioSignature } from "./signature";

let database: Database;
let tenantId: string;
let channelId: string;
const TOKEN = "twilio-auth-token-123";
const URL_ = "https://hilo.example/api/webhooks/twilio/CHANNEL";
const emitted: OutgoingEvent[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await createOwnerWorkspace(database.db, "Twilio");
  tenantId = owner.tenantId;
  channelId = (await withTenant(owner.tenantId, (tx) => createChannel(tx, owner, { provider: "twilio", name: "T", phoneNumberId: `AC${"0".repeat(32)}`, displayPhoneNumber: "whatsapp:+14155238886", accessToken: TOKEN }), database.db)).id;
});
afterAll(async () => {
  await database?.close();
});

const form = { MessageSid: "SM0123456789abcdef0123456789abcdef", From: "whatsapp:+34612345678", To: "whatsapp:+14155238886", Body: "Hola, ¿abrís mañana?", NumMedia: "0", ProfileName: "María", WaId: "34612345678" };
const post = (params: Record<string, string>, signature: string | null) =>
  handleTwilioWebhook(channelId, URL_, new URLSearchParams(params).toString(), signature, { db: database.db, emit: async (e) => void emitted.push(...e) });

it("stores a signed Twilio message once and emits one event; a bad signature changes nothing", async () => {
  expect((await post(form, "bm90LXRoZS1zaWduYXR1cmU=")).status).toBe(401);
  expect((await post(form, null)).status).toBe(401);
  const sig = twilioSignature(URL_, form, TOKEN);
  expect(await post(form, sig)).toEqual({ status: 200, body: "<Response/>" });
  expect((await post(form, sig)).status).toBe(200);
  const rows = await withTenant(tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.wamid, form.MessageSid))), database.db);
  expect(rows).toHaveLength(1);
  expect(rows[0].body).toBe("Hola, ¿abrís mañana?");
  expect(emitted.filter((e) => e.name === "hilo/message.received")).toHaveLength(1);
});
