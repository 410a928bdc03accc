import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/engine";
import { aiSettings, appointments, businessFacts, contacts, conversations, holidays, knowledgeEntries, leadQuestions, openingHours, orderLines, orders, resources, services, tenants } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "@/lib/whatsapp/channels";
import { parsePrice } from "./parse-price";
import type { Scenario } from "./scenario";
import { defaultCurrency, defaultCustomerPhone, WEEKDAYS, type WeekdayKey } from "./scenario-business";

/** The model a run uses instead of the local engine (`npm run eval -- --model`). */
export type EvalModel = { name: string; baseUrl: string; apiKey?: string | null; encrypt?: ((settingsId: string, apiKey: string) => string) | null };

export type SeededScenario = { tenantId: string; slug: string; userId: string; channelId: string; contactId: string; conversationId: string; waId: string };

/**
 * One workspace per scenario, as its owner would have set it up: a simulator number, the
 * customer and an open conversation, and the business data written straight into its tables.
 * The assistant answers on its own (`defaultAutomation` auto) unless the scenario says otherwise.
 */
export async function seedScenario(db: Db, scenario: Scenario, opts: { where?: string; model?: EvalModel | null } = {}): Promise<SeededScenario> {
  const where = opts.where ?? scenario.name;
  const b = scenario.business;
  const now = new Date(scenario.now);
  const owner = await createOwnerWorkspace(db, b.name);
  const tenantId = owner.tenantId;
  const currency = b.currency ?? defaultCurrency(b.timezone);
  const price = (text: string, path: string) => {
    try {
      return parsePrice(text, currency);
    } catch (e) {
      throw new Error(`${where}: ${path}: ${(e as Error).message}`);
    }
  };
  const lang = b.locale ?? scenario.language;

  return withTenant(
    tenantId,
    async (tx) => {
      await tx.update(tenants).set({ timeZone: b.timezone, defaultLocale: lang }).where(eq(tenants.id, tenantId));
      const channel = await createChannel(tx, owner, { provider: "simulator", name: "Eval" });
      const waId = scenario.customer?.phone ?? defaultCustomerPhone(b.timezone);
      const [contact] = await tx
        .insert(contacts)
        .values({ tenantId, waId, name: scenario.customer?.name ?? null, profileName: scenario.customer?.name ?? null, locale: scenario.customer?.locale ?? null, lastInboundAt: now })
        .returning();
      const [conversation] = await tx.insert(conversations).values({ tenantId, contactId: contact.id, channelId: channel.id, lastMessageAt: now, createdAt: now }).returning();

      await seedCalendar(tx, tenantId, b);
      const facts = { ...(b.address ? { address: b.address } : {}), ...(b.phone ? { phone: b.phone } : {}), ...(b.website ? { website: b.website } : {}), ...(b.email ? { email: b.email } : {}), ...b.facts };
      if (Object.keys(facts).length) await tx.insert(businessFacts).values(Object.entries(facts).map(([key, value]) => ({ tenantId, key, value, language: lang, reviewedAt: now })));

      const serviceRows = b.services?.length
        ? await tx
            .insert(services)
            .values(
              b.services.map((s, i) => {
                const p = s.price ? price(s.price, `business.services[${i}].price`) : null;
                return { tenantId, name: s.name, description: s.description ?? null, priceMicros: p?.amountMicros ?? null, currency: p?.currency ?? currency, durationMinutes: s.durationMinutes ?? null, bookable: s.bookable ?? true };
              }),
            )
            .returning()
        : [];
      const serviceByName = (name: string, path: string) => {
        const s = serviceRows.find((r) => r.name.toLowerCase() === name.toLowerCase());
        if (!s) throw new Error(`${where}: ${path}: no service named "${name}" in business.services`);
        return s;
      };
      const staff = (b.staff ?? []).map((s) => (typeof s === "string" ? { name: s } : s));
      const resourceRows = staff.length
        ? await tx
            .insert(resources)
            .values(staff.map((s, i) => ({ tenantId, name: s.name, kind: s.kind ?? "staff", serviceIds: (s.services ?? []).map((n, j) => serviceByName(n, `business.staff[${i}].services[${j}]`).id) })))
            .returning()
        : [];

      if (b.faqs?.length) await tx.insert(knowledgeEntries).values(b.faqs.map((f) => ({ tenantId, question: f.q, answer: f.a, variants: f.variants ?? [], tags: f.tags ?? [], language: f.language ?? scenario.language })));
      if (b.leadQuestions?.length) await tx.insert(leadQuestions).values(b.leadQuestions.map((q, i) => ({ tenantId, position: i, field: q.field, question: q.question, language: q.language ?? scenario.language, weight: q.weight ?? 10 })));

      for (const [i, o] of (b.orders ?? []).entries()) {
        const mine = !o.customerPhone || o.customerPhone === waId;
        const total = o.total ? price(o.total, `business.orders[${i}].total`) : null;
        const [row] = await tx
          .insert(orders)
          .values({
            tenantId,
            number: o.number,
            contactId: mine ? contact.id : null,
            customerPhone: o.customerPhone ?? waId,
            customerName: o.customerName ?? (mine ? scenario.customer?.name ?? null : null),
            status: o.status,
            totalMicros: total?.amountMicros ?? null,
            currency: total?.currency ?? currency,
            carrier: o.carrier ?? null,
            trackingNumber: o.trackingNumber ?? null,
            trackingUrl: o.trackingUrl ?? null,
            eta: o.eta ?? null,
            deliveryAddress: o.deliveryAddress ?? null,
            deliveryOptions: o.deliveryOptions ?? [],
            placedAt: o.placedAt ? new Date(o.placedAt) : new Date(now.getTime() - 3 * 86_400_000),
          })
          .returning({ id: orders.id });
        if (o.lines?.length)
          await tx.insert(orderLines).values(o.lines.map((l, j) => ({ tenantId, orderId: row.id, name: l.name, sku: l.sku ?? null, quantity: l.quantity ?? 1, unitPriceMicros: l.price ? price(l.price, `business.orders[${i}].lines[${j}].price`).amountMicros : null })));
      }

      for (const [i, a] of (b.appointments ?? []).entries()) {
        const service = a.service ? serviceByName(a.service, `business.appointments[${i}].service`) : null;
        const resource = a.staff ? resourceRows.find((r) => r.name.toLowerCase() === a.staff!.toLowerCase()) : resourceRows.find((r) => !service || !r.serviceIds.length || r.serviceIds.includes(service.id));
        if (a.staff && !resource) throw new Error(`${where}: business.appointments[${i}].staff: no staff named "${a.staff}"`);
        const startsAt = new Date(a.startsAt);
        const minutes = a.durationMinutes ?? service?.durationMinutes ?? 30;
        await tx.insert(appointments).values({
          tenantId,
          contactId: a.mine === false ? null : contact.id,
          serviceId: service?.id ?? null,
          resourceId: resource?.id ?? null,
          startsAt,
          endsAt: new Date(startsAt.getTime() + minutes * 60_000),
          status: a.status ?? "booked",
          customerName: a.customerName ?? (a.mine === false ? null : scenario.customer?.name ?? null),
          createdVia: "import",
        });
      }

      const { default: defaultLevel, ...byIntent } = b.automation ?? {};
      const model = opts.model ?? null;
      const settingsId = randomUUID();
      await tx.insert(aiSettings).values({
        id: settingsId,
        tenantId,
        defaultAutomation: defaultLevel ?? "auto",
        automation: byIntent,
        ...(b.ai?.confidenceThreshold !== undefined ? { confidenceThreshold: b.ai.confidenceThreshold } : {}),
        ...(b.ai?.sensitiveTopics ? { sensitiveTopics: b.ai.sensitiveTopics } : {}),
        ...(b.ai?.perCustomerHourlyLimit ? { perCustomerHourlyLimit: b.ai.perCustomerHourlyLimit } : {}),
        ...(b.ai?.disclosure ? { disclosure: b.ai.disclosure } : {}),
        ...(model ? { provider: "openai_compatible", model: model.name, baseUrl: model.baseUrl, apiKeyEnc: model.apiKey && model.encrypt ? model.encrypt(settingsId, model.apiKey) : null } : {}),
      });
      return { tenantId, slug: owner.tenant.slug, userId: owner.userId, channelId: channel.id, contactId: contact.id, conversationId: conversation.id, waId };
    },
    db,
  );
}

/** Opening hours (weekday 0 = Sunday … 6 = Saturday, one row per range) and holidays. */
async function seedCalendar(tx: Tx, tenantId: string, b: Scenario["business"]) {
  const hours = Object.entries(b.hours ?? {}).flatMap(([day, ranges]) => (ranges ?? []).map((r) => ({ tenantId, weekday: WEEKDAYS[day as WeekdayKey], opens: r.slice(0, 5), closes: r.slice(6) })));
  if (hours.length) await tx.insert(openingHours).values(hours);
  const days = (b.holidays ?? []).map((h) => (typeof h === "string" ? { date: h } : h));
  if (days.length) await tx.insert(holidays).values(days.map((h) => ({ tenantId, date: h.date, name: "name" in h ? h.name ?? null : null, specialHours: "hours" in h && h.hours?.length ? h.hours : null })));
}
