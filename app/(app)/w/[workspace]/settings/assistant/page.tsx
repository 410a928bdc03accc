import { AssistantSettingsForm } from "@/components/assistant/assistant-settings-form";
import { DISCLOSURE_LANGUAGES } from "@/components/assistant/options";
import type { AssistantSettingsView } from "@/components/assistant/view";
import { approvalRates, monthSpendMicros } from "@/lib/ai/approval-rates";
import { disclosureFor } from "@/lib/ai/guardrails/disclosure";
import { DEFAULT_OPENAI_MODEL, describeModel, loadAiSettings, type AiProvider } from "@/lib/ai/providers";
import { INTENTS } from "@/lib/ai/types";
import { requireMember } from "@/lib/tenancy/require-member";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";

// Every member may read how the assistant works; owners and admins change it (the actions check again).
export default async function AssistantSettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx } = await requireMember((await params).workspace);
  const { settings, rates, spend } = await withTenant(ctx.tenantId, async (tx) => ({
    settings: await loadAiSettings(tx, ctx.tenantId),
    rates: await approvalRates(tx, ctx.tenantId),
    spend: await monthSpendMicros(tx, ctx.tenantId, ctx.tenant.timeZone),
  }));
  const server = describeModel(null);
  const view: AssistantSettingsView = {
    slug: ctx.tenant.slug,
    canEdit: hasRole(ctx.role, MANAGER_ROLES),
    provider: settings.provider as AiProvider,
    model: settings.model,
    transcriptionModel: settings.transcriptionModel,
    baseUrl: settings.baseUrl,
    hasKey: settings.apiKeyEnc !== null,
    inUse: describeModel(settings),
    serverDefault: server.model,
    defaultOpenAIModel: DEFAULT_OPENAI_MODEL,
    confidenceThreshold: settings.confidenceThreshold,
    automation: Object.fromEntries(INTENTS.map((i) => [i, settings.automation[i] ?? settings.defaultAutomation])) as AssistantSettingsView["automation"],
    rates: Object.fromEntries(rates),
    disclosure: settings.disclosure,
    disclosureDefaults: Object.fromEntries(DISCLOSURE_LANGUAGES.map((l) => [l, disclosureFor({}, l, ctx.tenant.name)])) as AssistantSettingsView["disclosureDefaults"],
    sensitiveTopics: settings.sensitiveTopics,
    perCustomerHourlyLimit: settings.perCustomerHourlyLimit,
    monthlyBudgetMicros: settings.monthlyBudgetMicros,
    monthSpendMicros: spend,
  };
  return <AssistantSettingsForm view={view} />;
}
