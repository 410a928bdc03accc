import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { encryptChannelSecret } from "@/lib/whatsapp/channel-secrets";
import { seedDemoTemplates } from "@/lib/templates/demo-templates";
import { seedDemoBusiness } from "@/lib/business/demo-business";
import { seedDemoOperations } from "@/lib/business/demo-operations";
import type { Db } from "./engine";
import { channels, consents, contacts, conversations, memberships, messages, tenants, users } from "./schema";
import { DEMO_CONTACTS, DEMO_CONVERSATIONS, DEMO_PASSWORD, DEMO_TENANT, DEMO_USERS } from "./seed-data";

/** Stable ids from names, so seeding twice finds the same rows instead of duplicating them. */
const seedId = (name: string) => {
  const h = createHash("sha1").update(`hilo-demo:${name}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export type SeedResult = { slug: string; password: string; users: { email: string; role: string }[] };

/**
 * Creates (or completes) the demo workspace. Safe to repeat: every row has a fixed id and is
 * inserted with ON CONFLICT DO NOTHING; the demo users' passwords are reset to the printed one.
 * Runs as the tables' owner, like migrations: it is an operator's script, not a request.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<SeedResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const tenantId = seedId("tenant");
  await db.transaction(async (tx) => {
    await tx.insert(tenants).values({ id: tenantId, ...DEMO_TENANT }).onConflictDoNothing();
    for (const u of DEMO_USERS) {
      const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${u.email}`);
      const userId = existing?.id ?? seedId(`user:${u.key}`);
      if (existing) await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
      else await tx.insert(users).values({ id: userId, name: u.name, email: u.email, passwordHash, locale: "es" });
      await tx.insert(memberships).values({ id: seedId(`membership:${u.key}`), tenantId, userId, role: u.role }).onConflictDoNothing();
    }
    const channelId = seedId("channel");
    await tx
      .insert(channels)
      .values({ id: channelId, tenantId, provider: "simulator", name: "WhatsApp de la clínica (simulador)", displayPhoneNumber: "+34 910 000 000", phoneNumberId: "910000000000001", appSecretEnc: encryptChannelSecret(channelId, "app_secret", seedId("simulator-secret")), verifyToken: seedId("verify"), status: "active", qualityRating: "GREEN", messagingTier: "TIER_2K" })
      // Demo databases from before the test phone lack the simulator's number id and secret.
      .onConflictDoUpdate({ target: channels.id, set: { phoneNumberId: "910000000000001", appSecretEnc: encryptChannelSecret(channelId, "app_secret", seedId("simulator-secret")) } });
    await seedDemoTemplates(tx, { tenantId, channelId, idFor: seedId });
    await seedDemoBusiness(tx, { tenantId, idFor: seedId, now });

    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    for (const c of DEMO_CONTACTS) {
      const contactId = seedId(`contact:${c.key}`);
      await tx.insert(contacts).values({ id: contactId, tenantId, waId: c.waId, name: c.name, profileName: c.name.split(" ")[0], locale: "es" }).onConflictDoNothing();
      for (const [i, status] of c.marketing.entries()) {
        await tx
          .insert(consents)
          .values({ id: seedId(`consent:${c.key}:${i}`), tenantId, contactId, category: "marketing", status, source: status === "opted_in" ? "web_form" : "keyword:BAJA", wording: "Acepto recibir ofertas y recordatorios de Clínica Dental Sonrisa por WhatsApp.", recordedAt: minutesAgo(60 * 24 * (30 - i * 10)) })
          .onConflictDoNothing();
      }
    }

    for (const conv of DEMO_CONVERSATIONS) {
      const convId = seedId(`conversation:${conv.key}`);
      const contactId = seedId(`contact:${conv.contact}`);
      const last = conv.messages[conv.messages.length - 1];
      const lastInbound = [...conv.messages].reverse().find((m) => m.from === "contact");
      await tx
        .insert(conversations)
        .values({ id: convId, tenantId, contactId, channelId, status: conv.status, handledBy: conv.handledBy, tags: conv.tags, intent: conv.intent, lastMessageAt: minutesAgo(last.minutesAgo), lastMessagePreview: last.body, unreadCount: last.from === "contact" && conv.status !== "closed" ? 1 : 0, closedAt: conv.status === "closed" ? minutesAgo(last.minutesAgo - 5) : null, createdAt: minutesAgo(conv.messages[0].minutesAgo) })
        .onConflictDoNothing();
      if (lastInbound) await tx.update(contacts).set({ lastInboundAt: minutesAgo(lastInbound.minutesAgo) }).where(sql`${contacts.id} = ${contactId} and ${contacts.lastInboundAt} is null`);
      for (const [i, m] of conv.messages.entries()) {
        const inbound = m.from === "contact";
        await tx
          .insert(messages)
          .values({ id: seedId(`message:${conv.key}:${i}`), tenantId, conversationId: convId, channelId, direction: inbound ? "inbound" : "outbound", author: m.from, type: "text", body: m.body, wamid: `wamid.demo.${conv.key}.${i}`, status: inbound ? "received" : "read", createdAt: minutesAgo(m.minutesAgo), sentAt: inbound ? null : minutesAgo(m.minutesAgo) })
          .onConflictDoNothing();
      }
    }
    await seedDemoOperations(tx, { tenantId, timeZone: DEMO_TENANT.timeZone, idFor: seedId, now });
  });
  return { slug: DEMO_TENANT.slug, password: DEMO_PASSWORD, users: DEMO_USERS.map((u) => ({ email: u.email, role: u.role })) };
}
