import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { channels, messageTemplates, simulatorTemplates } from "@/db/schema";
import { validateTemplateForm, type TemplateFormInput } from "./definition";

/**
 * The demo clinic's approved templates, so sending outside the 24-hour window can be tried at once.
 * Written as the form would submit them, and validated by the same rules.
 */
export const DEMO_TEMPLATES: TemplateFormInput[] = [
  {
    name: "recordatorio_cita",
    language: "es",
    category: "UTILITY",
    body: "Hola {{1}}, te recordamos tu cita el {{2}} a las {{3}}. Responde a este mensaje si necesitas cambiarla.",
    bodyExamples: ["Carmen", "jueves 14 de mayo", "18:30"],
    footer: "Clínica Dental Sonrisa",
  },
  {
    name: "promo_blanqueamiento",
    language: "es",
    category: "MARKETING",
    body: "Hola {{1}}, este mes el blanqueamiento dental tiene un 20 % de descuento. ¿Quieres que te reservemos una cita?",
    bodyExamples: ["Carmen"],
    footer: "Clínica Dental Sonrisa",
    quickReplies: ["Quiero una cita", "No me interesa"],
  },
];

/**
 * Adds the demo templates to a simulator channel as APPROVED, both in the app's copy and in the
 * simulator's own store (which is what accepts or refuses a send). The simulator's WABA is the
 * channel's WABA id or, without one, its phone number id. Safe to repeat: existing rows are kept.
 * Runs as the tables' owner, like the rest of the seed; imports nothing marked server-only.
 */
export async function seedDemoTemplates(tx: Tx, opts: { tenantId: string; channelId: string; idFor: (key: string) => string }): Promise<void> {
  const [channel] = await tx.select({ wabaId: channels.wabaId, phoneNumberId: channels.phoneNumberId }).from(channels).where(and(eq(channels.tenantId, opts.tenantId), eq(channels.id, opts.channelId)));
  const wabaId = channel?.wabaId ?? channel?.phoneNumberId;
  if (!wabaId) throw new Error("the demo channel has neither a WABA id nor a phone number id");
  for (const form of DEMO_TEMPLATES) {
    const validated = validateTemplateForm(form);
    if (!validated.ok) throw new Error(`demo template ${form.name} is invalid: ${JSON.stringify(validated.problems)}`);
    const { definition: def, variableCounts } = validated;
    const simulatorId = opts.idFor(`simulator-template:${wabaId}:${def.name}:${def.language}`);
    const shared = { tenantId: opts.tenantId, name: def.name, language: def.language, category: def.category, parameterFormat: def.parameterFormat ?? "positional", components: def.components, status: "APPROVED" };
    await tx.insert(simulatorTemplates).values({ id: simulatorId, wabaId, ...shared }).onConflictDoNothing();
    await tx
      .insert(messageTemplates)
      .values({ id: opts.idFor(`template:${opts.channelId}:${def.name}:${def.language}`), channelId: opts.channelId, providerTemplateId: simulatorId, variableCounts, ...shared })
      .onConflictDoNothing();
  }
}
