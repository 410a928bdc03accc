import { createHmac, timingSafeEqual } from "node:crypto";
import type { WebhookChannel } from "../channels";
import { verifyMetaSignature } from "./signature";

export type WebhookCredentials = {
  /** X-Hub-Signature-256 (Meta, and the simulator) */
  hubSignature: string | null;
  /** x-360dialog-signature: HMAC-SHA256 of the body with the partner secret (stored as the app secret) */
  dialog360Signature?: string | null;
  /** x-hilo-webhook-token: the custom header 360dialog lets us configure, carrying the channel's verify token */
  webhookToken?: string | null;
};

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** 360dialog does not say hex or base64 (nor a prefix): accept the digest in either spelling. */
function verifyDialog360Signature(raw: Uint8Array, header: string | null | undefined, secret: string | null) {
  if (!header || !secret) return false;
  const digest = createHmac("sha256", secret).update(raw).digest();
  const given = header.replace(/^sha256=/, "");
  return sameText(given, digest.toString("hex")) || sameText(given, digest.toString("base64"));
}

/**
 * Whether a webhook really comes from this channel's provider. Meta (and the simulator) sign every
 * body with the app secret. 360dialog's signature is optional, so a 360dialog channel also accepts
 * the secret header configured with its webhook URL. Anything else is refused.
 */
export function authenticateWebhook(channel: WebhookChannel, raw: Uint8Array, creds: WebhookCredentials): boolean {
  if (channel.provider === "dialog360") {
    return (
      verifyMetaSignature(raw, creds.hubSignature, channel.appSecret) ||
      verifyDialog360Signature(raw, creds.dialog360Signature, channel.appSecret) ||
      (!!creds.webhookToken && sameText(creds.webhookToken, channel.verifyToken))
    );
  }
  return verifyMetaSignature(raw, creds.hubSignature, channel.appSecret);
}
