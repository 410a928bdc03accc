import type { AutomationLevel } from "@/db/schema";

/** Topics a workspace can send straight to people (ai_settings.sensitive_topics). */
export const SENSITIVE_TOPICS = ["payments", "legal", "health", "data_request"] as const;
export const AUTOMATION_LEVELS: readonly AutomationLevel[] = ["auto", "review", "off"];
export const DISCLOSURE_LANGUAGES = ["es", "en", "pt"] as const;
/** Same list as lib/ai/providers.ts AI_PROVIDERS (kept here so the browser bundle does not pull in the server module). */
export const PROVIDER_CHOICES = ["local", "openai", "openai_compatible"] as const;
