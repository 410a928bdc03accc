import { describe, expect, it } from "vitest";
import { parseTwilioWebhook } from "./parse";

const at = new Date("2026-11-10T12:00:00Z");
const base = { AccountSid: "AC1", MessageSid: "SM1", From: "whatsapp:+5215512345678", To: "whatsapp:+14155238886", WaId: "5215512345678", ProfileName: "Ana", SmsStatus: "received", NumMedia: "0" };

describe("parseTwilioWebhook", () => {
  it("turns an inbound text into a message item", () => {
    expect(parseTwilioWebhook({ ...base, Body: "Hola, ¿tienen talla M? 😀" }, at)).toEqual([
      { kind: "message", phoneNumberId: "14155238886", wamid: "SM1", from: "5215512345678", profileName: "Ana", timestamp: at, type: "text", text: "Hola, ¿tienen talla M? 😀" },
    ]);
  });

  it("reads media, using the MediaUrl as the media id", () => {
    const [item] = parseTwilioWebhook({ ...base, Body: "recibo", NumMedia: "1", MediaUrl0: "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/SM1/Media/ME1", MediaContentType0: "image/jpeg" }, at);
    expect(item).toMatchObject({ type: "image", text: "recibo", media: { id: "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/SM1/Media/ME1", mimeType: "image/jpeg", caption: "recibo" } });
    const [doc] = parseTwilioWebhook({ ...base, Body: "", NumMedia: "1", MediaUrl0: "https://x/ME2", MediaContentType0: "application/pdf" }, at);
    expect(doc).toMatchObject({ type: "document", media: { id: "https://x/ME2", mimeType: "application/pdf" } });
    expect(doc).not.toHaveProperty("text");
  });

  it("reads locations, button taps, replies and ad referrals", () => {
    expect(parseTwilioWebhook({ ...base, Body: "", Latitude: "19.4326", Longitude: "-99.1332", Label: "Oficina", Address: "Reforma 1" }, at)[0]).toMatchObject({
      type: "location",
      location: { latitude: 19.4326, longitude: -99.1332, name: "Oficina", address: "Reforma 1" },
    });
    expect(parseTwilioWebhook({ ...base, Body: "Confirmar", ButtonPayload: "CONFIRM_42", ButtonText: "Confirmar", OriginalRepliedMessageSid: "SM0" }, at)[0]).toMatchObject({
      type: "button",
      text: "Confirmar",
      button: { payload: "CONFIRM_42", text: "Confirmar" },
      context: { messageId: "SM0" },
    });
    expect(parseTwilioWebhook({ ...base, Body: "Info", ReferralSourceType: "ad", ReferralSourceId: "120", ReferralCtwaClid: "Aff" }, at)[0]).toMatchObject({
      referral: { sourceType: "ad", sourceId: "120", ctwaClid: "Aff" },
    });
  });

  it("turns status callbacks into status items with Meta-equivalent error codes", () => {
    const cb = { AccountSid: "AC1", MessageSid: "SM9", From: "whatsapp:+14155238886", To: "whatsapp:+5215512345678" };
    expect(parseTwilioWebhook({ ...cb, MessageStatus: "delivered" }, at)).toEqual([
      { kind: "status", phoneNumberId: "14155238886", wamid: "SM9", status: "delivered", timestamp: at, recipientId: "5215512345678" },
    ]);
    expect(parseTwilioWebhook({ ...cb, MessageStatus: "undelivered", ErrorCode: "63016", ErrorMessage: "outside window" }, at)[0]).toMatchObject({
      status: "failed",
      error: { code: 131047, title: "window_closed", message: "outside window", details: "twilio 63016" },
    });
    expect(parseTwilioWebhook({ ...cb, MessageStatus: "queued" }, at)).toEqual([]);
    expect(parseTwilioWebhook({ ...cb, MessageStatus: "read" }, at)[0]).toMatchObject({ status: "read" });
  });

  it("ignores a form without MessageSid", () => {
    expect(parseTwilioWebhook({ Body: "x" }, at)).toEqual([]);
  });
});
