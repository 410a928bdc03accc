/**
 * Language codes a template may be submitted in: Meta's codes (fact sheet §7, "you must set a
 * language code; Meta does not translate anything"), limited to the markets Hilo serves first.
 * Spanish variants come first because most workspaces write in Spanish.
 */
export const TEMPLATE_LANGUAGES = ["es", "es_ES", "es_MX", "es_AR", "en", "en_US", "en_GB", "pt_BR", "pt_PT", "ca", "fr", "it", "de"] as const;

export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const isTemplateLanguage = (code: string): code is TemplateLanguage => (TEMPLATE_LANGUAGES as readonly string[]).includes(code);

/**
 * The language's name in the reader's locale ("español (México)"), from the runtime's Intl data so
 * no catalog has to list every language. Falls back to the code itself.
 */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code.replace("_", "-")) ?? code;
  } catch {
    return code;
  }
}
