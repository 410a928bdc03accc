import type { AutomationLevel, LocalizedText } from "@/db/schema";
import type { ApprovalRate } from "@/lib/ai/approval-rates";
import type { AiProvider, ModelProblem } from "@/lib/ai/providers";
import type { Intent } from "@/lib/ai/types";

/** What the Assistant settings page shows: the saved settings, no secret, plus their track record. */
export type AssistantSettingsView = {
  slug: string;
  canEdit: boolean;
  provider: AiProvider;
  model: string | null;
  /** The model that transcribes voice notes (OpenAI-compatible audio/transcriptions); null = voice notes go to a person. */
  transcriptionModel: string | null;
  baseUrl: string | null;
  /** A key is stored (it is never sent to the browser). */
  hasKey: boolean;
  /** The model replies come from now, as `resolveModel` picks it. */
  inUse: { provider: AiProvider; model: string | null; source: "workspace" | "server"; external: boolean; problem?: ModelProblem };
  /** The server's default when it is not the local engine, e.g. "openai · gpt-4.1-mini". */
  serverDefault: string | null;
  defaultOpenAIModel: string;
  confidenceThreshold: number;
  automation: Record<Intent, AutomationLevel>;
  rates: Partial<Record<Intent, ApprovalRate>>;
  disclosure: LocalizedText;
  /** The text used for a language left empty. */
  disclosureDefaults: Record<"es" | "en" | "pt", string>;
  sensitiveTopics: string[];
  perCustomerHourlyLimit: number;
  monthlyBudgetMicros: number | null;
  monthSpendMicros: number;
};
