// The webhook intake under a mixed inbound/status load against the built app (`next start`), next to
// an empty route on the same server in the same run. Events go to the embedded workflow executor.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createHmac } from "node:crypto";
import { migrateDatabase, openDatabase } from "../../db/engine";
import { contacts, conversations, messages } from "../../db/schema";
import { signUpWithWorkspace } from "../../lib/auth/sign-up";
import { withTenant } from "../../lib/tenancy/with-tenant";
import { createChannel } from "../../lib/whatsapp/channels";
import { runLoad, type LoadResult } from "./load";

const PORT = 3217;
const SECRET = "bench-app-secret";
const OUTBOUND = 4000;

export type WebhookFigures = { engine: string; concurrency: number; emptyRoute: LoadResult; webhook: LoadResult };

const inbound = (i: number) => ({
  object: "whatsapp_business_account",
  entry: [{ id: "102290129340398", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: "15550783881", phone_number_id: "106540352242922" }, contacts: [{ profile: { name: `Cliente ${i % 50}` }, wa_id: `3461000${String(i % 50).padStart(4, "0")}` }], messages: [{ from: `3461000${String(i % 50).padStart(4, "0")}`, id: `wamid.bench-in-${i}`, timestamp: String(Math.floor(Date.now() / 1000)), type: "text", text: { body: `Hola, ¿a qué hora abrís el sábado? (${i})` } }] } }] }],
});
const status = (i: number) => ({
  object: "whatsapp_business_account",
  entry: [{ id: "102290129340398", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: "15550783881", phone_number_id: "106540352242922" }, statuses: [{ id: `wamid.bench-out-${Math.floor(i / 2) % OUTBOUND}`, status: ["sent", "delivered", "read"][Math.floor(i / 2 / OUTBOUND) % 3], timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: "34610000001" }] } }] }],
});

async function prepare(dbOpts: { url?: string; pgliteDir?: string }) {
  const database = openDatabase(dbOpts);
  await migrateDatabase(database);
  const { user, tenant } = await signUpWithWorkspace({ name: "Bench", email: `bench-${Date.now()}@bench.test`, password: "bench-password", workspaceName: "Bench" }, database.db);
  const ctx = { tenantId: tenant.id, userId: user.id, role: "owner" as const, tenant };
  const channel = await withTenant(tenant.id, async (tx) => {
    const c = await createChannel(tx, ctx, { provider: "meta", name: "Bench", phoneNumberId: "106540352242922", appSecret: SECRET, accessToken: "x" });
    const [contact] = await tx.insert(contacts).values({ tenantId: tenant.id, waId: "34610000001" }).returning();
    const [conv] = await tx.insert(conversations).values({ tenantId: tenant.id, contactId: contact.id, channelId: c.id }).returning();
    for (let i = 0; i < OUTBOUND; i += 500)
      await tx.insert(messages).values(Array.from({ length: 500 }, (_, k) => ({ tenantId: tenant.id, conversationId: conv.id, channelId: c.id, direction: "outbound" as const, author: "bot" as const, wamid: `wamid.bench-out-${i + k}`, status: "pending" as const })));
    return c;
  }, database.db);
  await database.close();
  return channel.id;
}

async function waitHealthy(timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const body = await fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.json()).catch(() => null);
    if (body?.status === "ok") return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("the app did not become healthy");
}

export async function benchWebhook(db: { url?: string; engine: string }, opts = { concurrency: 16, durationMs: 10_000 }): Promise<WebhookFigures> {
  const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build failed (run `npm run build` to see why)");
  const pgliteDir = ".data/bench-pglite";
  if (!db.url) rmSync(pgliteDir, { recursive: true, force: true });
  const channelId = await prepare(db.url ? { url: db.url } : { pgliteDir });
  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "--port", String(PORT)], {
    stdio: "ignore",
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: db.url ?? "", PGLITE_DIR: pgliteDir, HILO_EXECUTOR: "embedded", HILO_EXECUTOR_PORT: "8397", INNGEST_DEV: "http://127.0.0.1:8397", NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    await waitHealthy();
    const url = `http://127.0.0.1:${PORT}/api/webhooks/whatsapp/${channelId}`;
    const webhookRequest = (i: number) => {
      const body = JSON.stringify(i % 2 === 0 ? inbound(i) : status(i));
      const signature = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
      return { url, init: { method: "POST", body, headers: { "content-type": "application/json", "x-hub-signature-256": signature } } };
    };
    const empty = () => ({ url: `http://127.0.0.1:${PORT}/api/health/live`, init: {} });
    await runLoad(empty, { concurrency: 4, durationMs: 1000 });
    await runLoad((i) => webhookRequest(1_000_000 + i), { concurrency: 4, durationMs: 1000 }); // warm-up: compiled code paths, pools
    const emptyRoute = await runLoad(empty, { concurrency: opts.concurrency, durationMs: opts.durationMs / 2 });
    const webhook = await runLoad(webhookRequest, { concurrency: opts.concurrency, durationMs: opts.durationMs });
    return { engine: db.engine, concurrency: opts.concurrency, emptyRoute, webhook };
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    if (!db.url) rmSync(pgliteDir, { recursive: true, force: true });
  }
}
