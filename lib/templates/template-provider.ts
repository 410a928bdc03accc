import type { Db } from "@/db/client";
import { simulatorBaseUrl } from "@/lib/messaging/deliver-outbound";
import type { findChannelForSending } from "@/lib/whatsapp/channels";
import { providerFor } from "@/lib/whatsapp/providers";
import type { FetchLike, WhatsAppProvider } from "@/lib/whatsapp/providers/types";

/** The part of a provider client that manages templates; tests inject a fake one. */
export type TemplateProvider = Pick<WhatsAppProvider, "createTemplate" | "listTemplates">;

/** What submit and sync may be given instead of the app's own: the database, a provider or its fetch. */
export type TemplateDeps = { db?: Db; provider?: TemplateProvider; fetch?: FetchLike; simulatorUrl?: string };

export type SendingChannel = NonNullable<Awaited<ReturnType<typeof findChannelForSending>>>;

/**
 * The template client of a channel. Simulator channels get the real Meta client pointed at the
 * app's simulator, which reviews what it receives and answers by webhook like Meta.
 */
export function templateProviderFor(channel: SendingChannel, deps: TemplateDeps = {}): TemplateProvider {
  if (deps.provider) return deps.provider;
  const baseUrlOverride = channel.provider === "simulator" ? (deps.simulatorUrl ?? simulatorBaseUrl()) : undefined;
  return providerFor(channel, { baseUrlOverride, fetch: deps.fetch });
}
