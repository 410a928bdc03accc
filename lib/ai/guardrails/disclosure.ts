import type { LocalizedText } from "@/db/schema/ai";
import type { Language } from "../types";

/** Said once, in the first automated reply of a conversation. `{business}` is the workspace's name. */
export const DEFAULT_DISCLOSURE: Record<Language, string> = {
  es: "Hola, soy el asistente automático de {business}. Si prefieres hablar con una persona, dímelo.",
  en: "Hi, I'm the automated assistant of {business}. If you'd rather talk to a person, just tell me.",
  pt: "Olá, sou o assistente automático de {business}. Se preferir falar com uma pessoa, é só me dizer.",
};

const UNNAMED: Record<Language, string> = { es: "este negocio", en: "this business", pt: "este negócio" };

/** The workspace's own disclosure in this language if it wrote one, else the default; `{business}` filled in. */
export function disclosureFor(settingsDisclosure: LocalizedText | null | undefined, language: Language, businessName: string): string {
  const own = settingsDisclosure?.[language]?.trim();
  const name = businessName.trim() || UNNAMED[language];
  return (own || DEFAULT_DISCLOSURE[language]).replaceAll("{business}", name);
}

const HOLDING: Record<Language, (when: string) => string> = {
  es: (when) => `Quiero asegurarme de darte la información correcta: se lo paso a una persona del equipo, que te responderá ${when}.`,
  en: (when) => `I want to make sure I give you the right information, so I'm passing this to a person on the team, who will reply ${when}.`,
  pt: (when) => `Quero ter certeza de te passar a informação correta: vou encaminhar para uma pessoa da equipe, que vai te responder ${when}.`,
};
const SOON: Record<Language, string> = { es: "en cuanto pueda", en: "as soon as they can", pt: "assim que puder" };
const WHEN_OPEN: Record<Language, (label: string) => string> = {
  es: (label) => `cuando abramos, ${label}`,
  en: (label) => `when we open, ${label}`,
  pt: (label) => `quando abrirmos, ${label}`,
};

/**
 * The safe reply when a draft is blocked: no claim of its own, only that a person will answer —
 * as soon as they can while the team is in, or when it next opens ("el lunes a las 9:00").
 */
export function holdingReply(language: Language, opening: { openNow: boolean; nextOpenLabel?: string | null }): string {
  const label = opening.nextOpenLabel?.trim();
  return HOLDING[language](!opening.openNow && label ? WHEN_OPEN[language](label) : SOON[language]);
}
