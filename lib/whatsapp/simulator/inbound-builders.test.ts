import { describe, expect, it } from "vitest";
import { normalizeMetaWebhook } from "../webhook/normalize";
import { buildInboundWebhook } from "./customer-webhook";
import type { SimulatedInbound } from "./inbound-builders";

const customer = { waId: "34612345678", name: "Lucía" };
const build = (m: SimulatedInbound) => buildInboundWebhook("106540352242922", "+34 600 000 000", customer, m, "wamid.T1", new Date("2026-11-20T10:00:00Z"), "WABA1");

describe("buildInboundWebhook", () => {
  it("wraps the message in Meta's envelope, addressed to the number and its WABA", () => {
    expect(build({ type: "text", text: "Hola" })).toEqual({
      object: "whatsapp_business_account",
      entry: [
        {
          id: "WABA1",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: "34600000000", phone_number_id: "106540352242922" },
                contacts: [{ profile: { name: "Lucía" }, wa_id: "34612345678" }],
                messages: [{ from: "34612345678", id: "wamid.T1", timestamp: "1795168800", type: "text", text: { body: "Hola" } }],
              },
            },
          ],
        },
      ],
    });
  });

  it("builds the three shapes the test phone uses exactly as Meta posts them", () => {
    const message = (m: SimulatedInbound) => build(m).entry[0].changes[0].value.messages[0];
    expect(message({ type: "audio", mediaId: "m-1", mimeType: "audio/ogg; codecs=opus", voice: true })).toMatchObject({ type: "audio", audio: { id: "m-1", mime_type: "audio/ogg; codecs=opus", voice: true } });
    expect(message({ type: "image", mediaId: "m-2", mimeType: "image/jpeg", caption: "ticket" })).toMatchObject({ type: "image", image: { id: "m-2", mime_type: "image/jpeg", caption: "ticket" } });
    expect(message({ type: "list_reply", id: "exp", title: "Exprés", description: "1-2 días", replyTo: "wamid.B" })).toMatchObject({
      context: { from: "34600000000", id: "wamid.B" },
      type: "interactive",
      interactive: { type: "list_reply", list_reply: { id: "exp", title: "Exprés", description: "1-2 días" } },
    });
    expect(message({ type: "button_reply", id: "yes", title: "Sí", replyTo: "wamid.C" })).toMatchObject({ context: { id: "wamid.C" }, interactive: { type: "button_reply", button_reply: { id: "yes", title: "Sí" } } });
  });

  it("every type parses through the intake's normalizer with what the app reads from it", () => {
    const items = (m: SimulatedInbound) => normalizeMetaWebhook(build(m));
    expect(items({ type: "document", mediaId: "d", mimeType: "application/pdf", filename: "f.pdf" })[0]).toMatchObject({ type: "document", media: { id: "d", filename: "f.pdf" } });
    expect(items({ type: "sticker", mediaId: "s", mimeType: "image/webp", animated: true })[0]).toMatchObject({ type: "sticker", media: { id: "s", animated: true } });
    expect(items({ type: "location", latitude: 1, longitude: 2, url: "https://m.test" })[0]).toMatchObject({ location: { latitude: 1, longitude: 2, url: "https://m.test" } });
    expect(items({ type: "button", payload: "P", text: "Sí", replyTo: "wamid.T" })[0]).toMatchObject({ type: "button", text: "Sí", button: { payload: "P" }, context: { messageId: "wamid.T" } });
    expect(items({ type: "reaction", messageId: "wamid.R", emoji: "" })[0]).toMatchObject({ reaction: { messageId: "wamid.R", emoji: null } });
    expect(items({ type: "order", catalogId: "c", items: [{ productRetailerId: "p", quantity: 1, itemPrice: 3, currency: "EUR" }] })[0]).toMatchObject({ type: "order", order: { catalog_id: "c" } });
    expect(items({ type: "unsupported" })[0]).toMatchObject({ type: "unsupported", unsupported: { code: 131051 } });
    expect(items({ type: "contacts", contacts: [{ name: "Ana Ruiz", phone: "+34 600" }] })[0]).toMatchObject({ contacts: [{ name: { formatted_name: "Ana Ruiz", first_name: "Ana" } }] });
    expect(items({ type: "text", text: "¿y esto?", replyTo: "wamid.Q" })[0]).toMatchObject({ text: "¿y esto?", context: { messageId: "wamid.Q", from: "34600000000" } });
  });
});
