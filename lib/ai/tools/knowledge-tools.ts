import { tool } from "ai";
import { money } from "@/lib/business/commerce/order-data";
import { listFacts } from "@/lib/business/facts";
import { listHolidays } from "@/lib/business/hours-holidays";
import { captureLead } from "@/lib/business/leads";
import { searchKnowledge } from "@/lib/business/knowledge-search";
import { describeHours, formatNextOpen, isOpenAt, loadSchedule, nextOpening } from "@/lib/business/schedule";
import { listServices } from "@/lib/business/services";
import type { Evidence } from "../types";
import { runTool, type ToolContext } from "./context";
import { toolInputs, type BusinessFactsData, type CaptureLeadData, type SearchKnowledgeData } from "./schemas";

/** FAQs, the business's reviewed facts (hours, holidays, address, services and prices) and lead capture. */
export function knowledgeTools(ctx: ToolContext) {
  return {
    searchKnowledge: tool({
      description: "Search the business's FAQ entries for the customer's question.",
      inputSchema: toolInputs.searchKnowledge,
      execute: (input) =>
        runTool<SearchKnowledgeData>(ctx, "searchKnowledge", async (tx) => {
          const hits = await searchKnowledge(tx, ctx.tenantId, input.query, { language: input.language ?? ctx.language, limit: 3 });
          return { ok: true, data: { hits: hits.map((h) => ({ id: h.id, question: h.question, answer: h.answer, score: h.score })) }, evidence: hits.map((h) => ({ source: "knowledge", id: h.id, text: `${h.question} ${h.answer}` })) };
        }),
    }),
    getBusinessFacts: tool({
      description: "The business's own facts: opening hours, holidays, whether it is open now and when it next opens, address and contact details, services with prices and durations.",
      inputSchema: toolInputs.getBusinessFacts,
      execute: (input) =>
        runTool<BusinessFactsData>(ctx, "getBusinessFacts", async (tx) => {
          const topics = new Set(input.topics?.length ? input.topics : ["all"]);
          const want = (t: string) => topics.has("all") || topics.has(t as never);
          const schedule = await loadSchedule(tx, ctx.tenantId, ctx.now);
          const openNow = isOpenAt(schedule, ctx.now);
          const next = openNow ? null : nextOpening(schedule, ctx.now);
          const data: BusinessFactsData = { name: ctx.businessName, timezone: schedule.timeZone, openNow, nextOpen: next ? { at: next.toISOString(), label: formatNextOpen(next, schedule.timeZone, ctx.language, ctx.now) } : null };
          const evidence: Evidence[] = [{ source: "hours", text: `open now: ${openNow}${data.nextOpen ? `; next open ${data.nextOpen.at} ${data.nextOpen.label}` : ""}` }];
          if (want("hours")) {
            data.hours = describeHours(schedule, ctx.language);
            evidence.push(...data.hours.map((h) => ({ source: "hours" as const, text: `${h.label} ${h.ranges.map((r) => `${r.opens}-${r.closes}`).join(" ")}` })));
          }
          if (want("holidays")) {
            const upcoming = await listHolidays(tx, ctx.tenantId, { from: ctx.now.toISOString().slice(0, 10) });
            // A holiday with special hours is open those hours, not closed.
            data.holidays = upcoming.map((h) => ({ date: h.date, name: h.name, ...(h.specialHours?.length ? { specialHours: h.specialHours } : {}) }));
            evidence.push(...upcoming.map((h) => ({ source: "holiday" as const, text: `holiday ${h.date} ${h.name ?? ""} ${h.specialHours?.length ? `open ${h.specialHours.join(" ")}` : "closed"}` })));
          }
          const facts = want("address") || want("contact") ? await listFacts(tx, ctx.tenantId) : [];
          if (facts.length) {
            const fact = (key: string) => facts.find((f) => f.key === key && f.language === ctx.language)?.value ?? facts.find((f) => f.key === key)?.value ?? null;
            if (want("address")) data.address = fact("address");
            if (want("contact")) data.contact = { phone: fact("phone"), website: fact("website"), email: fact("email") };
            data.facts = facts.map((f) => ({ key: f.key, value: f.value }));
            evidence.push(...facts.map((f) => ({ source: "fact" as const, id: f.id, text: `${f.key}: ${f.value}` })));
          }
          if (want("services")) {
            const rows = await listServices(tx, ctx.tenantId, { activeOnly: true });
            data.services = rows.map((s) => ({ id: s.id, name: s.name, price: s.priceMicros == null ? null : money(s.priceMicros, s.currency, ctx.language), durationMinutes: s.durationMinutes }));
            evidence.push(...data.services.map((s) => ({ source: "service" as const, id: s.id, text: `service ${s.name}${s.price ? `; price ${s.price.display}` : "; price on request"}${s.durationMinutes ? `; duration ${s.durationMinutes} minutes` : ""}` })));
          }
          return { ok: true, data, evidence };
        }),
    }),
    captureLead: tool({
      description: "Record the customer's interest and any details they gave (name, email, what they need…); returns the next question to ask.",
      inputSchema: toolInputs.captureLead,
      execute: (input) =>
        runTool<CaptureLeadData>(ctx, "captureLead", async (tx) => {
          const data = await captureLead(tx, ctx.tenantId, { contactId: ctx.contactId, conversationId: ctx.conversationId, interest: input.interest, fields: input.fields, language: ctx.language });
          ctx.state.leadField = data.nextQuestion?.field;
          return { ok: true, data, evidence: [{ source: "lead", id: data.leadId, text: `lead ${input.interest ?? ""} ${Object.values(input.fields ?? {}).join(" ")} ${data.nextQuestion?.question ?? ""}` }] };
        }),
    }),
  };
}
