import { Dialog360Client } from "./dialog360";
import { MetaGraphClient } from "./meta-graph";
import { LOCAL_CODES, ProviderError } from "./provider-error";
import { localSimulatorBaseUrl } from "./simulator-url";
import { TwilioClient } from "./twilio";
import type { FetchLike, WhatsAppProvider } from "./types";

export { ProviderError } from "./provider-error";
export { validateOutbound, type ValidationProblem } from "./validate";
export type * from "./types";

/**
 * A channel as `lib/whatsapp/channels.ts` holds it, secrets already decrypted. The table has one
 * set of columns for every provider, so each provider reads them as follows:
 * - meta, simulator: phoneNumberId, accessToken (system-user token), wabaId (templates; a
 *   simulator number without one is its own WABA);
 * - dialog360: accessToken = the D360 API key (one per number), displayPhoneNumber for health;
 * - twilio: phoneNumberId = the Account SID (AC…), accessToken = the Auth Token,
 *   displayPhoneNumber = the WhatsApp sender in E.164.
 */
export type ProviderChannel = {
  provider: "meta" | "dialog360" | "twilio" | "simulator";
  phoneNumberId: string | null;
  wabaId?: string | null;
  displayPhoneNumber?: string | null;
  accessToken: string | null;
};

export type ProviderOptions = {
  /**
   * Replaces the provider's base URL: a fake's in tests, or the simulator's (simulator channels
   * default to this app's own simulator on loopback).
   */
  baseUrlOverride?: string;
  /** Twilio only: where Twilio should post status callbacks. */
  statusCallbackUrl?: string;
  fetch?: FetchLike;
};

function requiredOrThrow(value: string | null | undefined, what: string, provider: string): string {
  if (!value) throw new ProviderError({ code: LOCAL_CODES.invalidParameter, httpStatus: 0, title: "channel_misconfigured", details: `${provider} channel has no ${what}` });
  return value;
}

/**
 * The client for a channel. The simulator is a Graph-compatible fake, so it gets the real Meta
 * client pointed at the simulator's URL: the code path tested in development is the production one.
 */
export function providerFor(channel: ProviderChannel, options: ProviderOptions = {}): WhatsAppProvider {
  const { baseUrlOverride: baseUrl, fetch } = options;
  switch (channel.provider) {
    case "meta":
      return new MetaGraphClient({
        phoneNumberId: requiredOrThrow(channel.phoneNumberId, "phone number id", "meta"),
        accessToken: requiredOrThrow(channel.accessToken, "access token", "meta"),
        wabaId: channel.wabaId ?? undefined,
        baseUrl,
        fetch,
      });
    case "simulator": {
      const phoneNumberId = requiredOrThrow(channel.phoneNumberId, "phone number id", "simulator");
      return new MetaGraphClient({
        phoneNumberId,
        // The simulator checks the header's shape, not a real Meta token.
        accessToken: channel.accessToken ?? "simulator",
        wabaId: channel.wabaId ?? phoneNumberId,
        baseUrl: baseUrl ?? localSimulatorBaseUrl(),
        fetch,
      });
    }
    case "dialog360":
      return new Dialog360Client({
        apiKey: requiredOrThrow(channel.accessToken, "D360 API key", "dialog360"),
        displayPhoneNumber: channel.displayPhoneNumber ?? undefined,
        baseUrl,
        fetch,
      });
    case "twilio":
      return new TwilioClient({
        accountSid: requiredOrThrow(channel.phoneNumberId, "Account SID", "twilio"),
        authToken: requiredOrThrow(channel.accessToken, "Auth Token", "twilio"),
        from: requiredOrThrow(channel.displayPhoneNumber, "sender number", "twilio"),
        statusCallbackUrl: options.statusCallbackUrl,
        baseUrl,
        fetch,
      });
  }
}
