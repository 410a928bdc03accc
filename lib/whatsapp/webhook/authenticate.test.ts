import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { WebhookChannel } from "../channels";
import { authenticateWebhook } from "./authenticate";
import { signMetaBody } from "./signature";

const raw = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
const channel = (provider: WebhookChannel["provider"], appSecret: string | null): WebhookChannel => ({ id: "c", tenantId: "t", provider, phoneNumberId: "1", verifyToken: "verify-token-123", appSecret, twilioAuthToken: null });

describe("webhook authentication per provider", () => {
  it("Meta: only the app-secret signature counts, never the token header", () => {
    expect(authenticateWebhook(channel("meta", "s"), raw, { hubSignature: signMetaBody(raw, "s") })).toBe(true);
    expect(authenticateWebhook(channel("meta", "s"), raw, { hubSignature: null, webhookToken: "verify-token-123" })).toBe(false);
  });

  it("360dialog: its optional signature (hex or base64) or the configured secret header", () => {
    const digest = createHmac("sha256", "partner").update(raw).digest();
    expect(authenticateWebhook(channel("dialog360", "partner"), raw, { hubSignature: null, dialog360Signature: digest.toString("hex") })).toBe(true);
    expect(authenticateWebhook(channel("dialog360", "partner"), raw, { hubSignature: null, dialog360Signature: digest.toString("base64") })).toBe(true);
    expect(authenticateWebhook(channel("dialog360", null), raw, { hubSignature: null, webhookToken: "verify-token-123" })).toBe(true);
    expect(authenticateWebhook(channel("dialog360", null), raw, { hubSignature: null, webhookToken: "verify-token-124" })).toBe(false);
    expect(authenticateWebhook(channel("dialog360", "partner"), raw, { hubSignature: null, dialog360Signature: "00" })).toBe(false);
    expect(authenticateWebhook(channel("dialog360", null), raw, { hubSignature: null })).toBe(false);
  });
});
