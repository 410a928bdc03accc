import type { aiSettings, AutomationLevel } from "@/db/schema";
import { disclosureFor } from "../guardrails/disclosure";
import type { Intent, Language } from "../types";

type Settings = typeof aiSettings.$inferSelect;

/** The workspace's level for this intent: auto, review (a person approves the draft) or off. */
export function automationLevel(settings: Settings, intent: Intent): AutomationLevel {
  return settings.automation[intent] ?? settings.defaultAutomation;
}

/** The first automated reply of a conversation says it comes from an automated assistant. */
export function withDisclosure(text: string, input: { disclosed: boolean; settings: Settings; language: Language; businessName: string }): string {
  if (input.disclosed) return text;
  return `${disclosureFor(input.settings.disclosure, input.language, input.businessName)}\n\n${text}`;
}
