import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { normalizeMetaWebhook, previewText, type MessageItem, type StatusItem, type TemplateUpdateItem, type WebhookItem } from "./normalize";

// The shared fixtures live beside the app checkout (tests run from /work/main).
const FIXTURES = path.resolve(process.cwd(), "../shared/fixtures/whatsapp/meta");
const load = (file: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8"));
const fixtureNames = readdirSync(FIXTURES).filter((f) => f.endsWith(".json") && f !== "expectations.json").map((f) => f.slice(0, -".json".length));
const expectations = load("expectations.json") as Record<string, Record<string, unknown>>;

const messagesOf = (items: WebhookItem[]) => items.filter((i): i is MessageItem => i.kind === "message");
const statusesOf = (items: WebhookItem[]) => items.filter((i): i is StatusItem => i.kind === "status");
const templatesOf = (items: WebhookItem[]) => items.filter((i): i is TemplateUpdateItem => i.kind === "template_update");

// expectations.json uses descriptive names; each one is mapped explicitly onto our items.
const MESSAGE_FIELDS: Record<string, (m: MessageItem) => unknown> = {
  wamid: (m) => m.wamid,
  from: (m) => m.from,
  name: (m) => m.profileName,
  type: (m) => m.type,
  text: (m) => m.text,
  caption: (m) => m.media?.caption,
  media_id: (m) => m.media?.id,
  mime_type: (m) => m.media?.mimeType,
  voice: (m) => m.media?.voice,
  filename: (m) => m.media?.filename,
  latitude: (m) => m.location?.latitude,
  longitude: (m) => m.location?.longitude,
  // A template quick reply (type button) and an interactive reply answer the same question.
  reply_id: (m) => m.interactive?.id ?? m.button?.payload,
  reply_title: (m) => m.interactive?.title ?? m.button?.text,
  payload: (m) => m.button?.payload,
  title: (m) => m.interactive?.title,
  context_wamid: (m) => m.context?.messageId,
  forwarded: (m) => m.context?.forwarded,
  emoji: (m) => m.reaction?.emoji,
  target_wamid: (m) => m.reaction?.messageId,
  reacted_to: (m) => m.reaction?.messageId,
  referral_source_id: (m) => m.referral?.sourceId,
  referral_source_type: (m) => m.referral?.sourceType,
  referral_source_url: (m) => m.referral?.sourceUrl,
  ctwa_clid: (m) => m.referral?.ctwaClid,
  error_code: (m) => m.unsupported?.code,
};
const STATUS_FIELDS: Record<string, (s: StatusItem) => unknown> = {
  wamid: (s) => s.wamid,
  status: (s) => s.status,
  recipient_id: (s) => s.recipientId,
  pricing_category: (s) => s.pricing?.category,
  pricing_type: (s) => s.pricing?.type,
  error_code: (s) => s.error?.code,
};
const TEMPLATE_FIELDS: Record<string, (t: TemplateUpdateItem) => unknown> = {
  name: (t) => t.name,
  language: (t) => t.language,
  status: (t) => t.event,
  provider_id: (t) => t.templateId,
  reason: (t) => t.reason,
};
const TOP_LEVEL_KEYS = ["messages", "statuses", "final_status", "template_update", "notes"];

/** Asserts every expected key through the mapping; a key the mapping lacks fails the test. */
function expectMapped<T>(where: string, actual: T, expected: Record<string, unknown>, fields: Record<string, (x: T) => unknown>) {
  for (const [key, value] of Object.entries(expected)) {
    expect(Object.keys(fields), `${where}: expectations key "${key}" has no mapping`).toContain(key);
    expect(fields[key](actual), `${where}.${key}`).toEqual(value);
  }
}

/** Forward-only status rule (the real one lives with the status persistence): never downgrade, failed ends. */
const RANK = { sent: 1, delivered: 2, read: 3, played: 4 } as const;
function finalStatus(statuses: StatusItem[]): string | undefined {
  let current: StatusItem["status"] | undefined;
  for (const s of statuses) {
    if (current === "failed") continue;
    if (s.status === "failed") current = current === "read" || current === "played" ? current : "failed";
    else if (!current || RANK[s.status] > RANK[current]) current = s.status;
  }
  return current;
}

const envelope = (field: string, value: unknown) => ({ object: "whatsapp_business_account", entry: [{ id: "102290129340398", changes: [{ field, value }] }] });
const metadata = { display_phone_number: "15550783881", phone_number_id: "106540352242922" };

describe("normalizeMetaWebhook against the shared fixtures", () => {
  it("has an expectation for every fixture and a fixture for every expectation", () => {
    expect(fixtureNames.sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(fixtureNames)("%s", (name) => {
    const expected = expectations[name];
    for (const key of Object.keys(expected)) expect(TOP_LEVEL_KEYS, `${name}: unknown top-level key "${key}"`).toContain(key);
    const items = normalizeMetaWebhook(load(`${name}.json`));

    const messages = messagesOf(items);
    const expMessages = expected.messages as Record<string, unknown>[];
    expect(messages).toHaveLength(expMessages.length);
    expMessages.forEach((exp, i) => expectMapped(`${name}.messages[${i}]`, messages[i], exp, MESSAGE_FIELDS));

    const statuses = statusesOf(items);
    const expStatuses = expected.statuses as Record<string, unknown>[];
    expect(statuses).toHaveLength(expStatuses.length);
    expStatuses.forEach((exp, i) => expectMapped(`${name}.statuses[${i}]`, statuses[i], exp, STATUS_FIELDS));
    if ("final_status" in expected) expect(finalStatus(statuses)).toBe(expected.final_status);

    const templates = templatesOf(items);
    expect(templates).toHaveLength(expected.template_update ? 1 : 0);
    if (expected.template_update) expectMapped(`${name}.template_update`, templates[0], expected.template_update as Record<string, unknown>, TEMPLATE_FIELDS);

    // Every item of these fixtures is one of the three kinds above, on the fixtures' number.
    expect(items).toHaveLength(messages.length + statuses.length + templates.length);
    for (const m of [...messages, ...statuses]) expect(m.phoneNumberId).toBe("106540352242922");
    for (const t of templates) expect(t.wabaId).toBe("102290129340398");
  });
});

describe("normalizeMetaWebhook", () => {
  it("throws a ZodError for bodies that are not a WhatsApp envelope", () => {
    for (const body of [null, "x", 42, [], {}, { object: "page", entry: [] }, { object: "whatsapp_business_account" }, { object: "whatsapp_business_account", entry: [{ changes: [] }] }]) {
      expect(() => normalizeMetaWebhook(body), JSON.stringify(body)).toThrow(ZodError);
    }
  });

  it("throws a ZodError pointing into the body when a message lacks what ingest relies on", () => {
    const noId = envelope("messages", { metadata, messages: [{ from: "34612345678", timestamp: "1764061200", type: "text", text: { body: "hola" } }] });
    const noSender = envelope("messages", { metadata, messages: [{ id: "wamid.X", timestamp: "1764061200", type: "text" }] });
    const noPhoneNumberId = envelope("messages", { messages: [] });
    for (const body of [noId, noSender, noPhoneNumberId]) expect(() => normalizeMetaWebhook(body)).toThrow(ZodError);
    const error = (() => {
      try {
        normalizeMetaWebhook(noId);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0].path).toEqual(["entry", 0, "changes", 0, "value", "messages", 0, "id"]);
  });

  it("tolerates unknown fields and unknown change kinds everywhere", () => {
    const plain = normalizeMetaWebhook(load("text-es.json"));
    // Every object in the body, from the envelope down to `text`, gets a field we have never seen.
    const addField = (x: unknown): unknown =>
      Array.isArray(x) ? x.map(addField) : x && typeof x === "object" ? { ...Object.fromEntries(Object.entries(x).map(([k, v]) => [k, addField(v)])), added_in_v99: { nested: [1, "two"] } } : x;
    const noisy = addField(load("text-es.json")) as { entry: { changes: unknown[] }[] };
    noisy.entry[0].changes.push({ field: "some_future_field", value: "anything" }, { field: "history", value: { whatever: true } });
    expect(normalizeMetaWebhook(noisy)).toEqual(plain);
  });

  it("skips a status it cannot represent instead of refusing the batch", () => {
    const items = normalizeMetaWebhook(
      envelope("messages", {
        metadata,
        statuses: [
          { id: "wamid.OLD", status: "deleted", timestamp: "1764061201", recipient_id: "34612345678" },
          { id: "wamid.NEW", status: "played", timestamp: "1764061202", recipient_id: "34612345678" },
        ],
      }),
    );
    expect(items).toEqual([{ kind: "status", phoneNumberId: "106540352242922", wamid: "wamid.NEW", status: "played", timestamp: new Date(1764061202000), recipientId: "34612345678" }]);
  });

  it("keeps body order across entries, changes, messages and statuses", () => {
    const items = normalizeMetaWebhook(load("batch-multi-entry.json"));
    expect(items.map((i) => `${i.kind}:${"wamid" in i ? i.wamid : ""}`)).toEqual([
      "message:wamid.BATCH-0001",
      "message:wamid.BATCH-0002",
      "message:wamid.BATCH-0003",
      "status:wamid.HBgLMzQ2MTIzNDU2NzgVAgARGBJCRVNUMDAwMDAwMDAwMDAwMQA=",
    ]);
    expect(messagesOf(items).map((m) => m.profileName)).toEqual(["Pepa", "Juan", "Pepa"]);
  });

  it("keeps markup in text and profile name verbatim", () => {
    const [m] = messagesOf(normalizeMetaWebhook(load("text-forwarded-pt-markup.json")));
    expect(m.text).toBe("<script>alert('x')</script> Oi, qual o horário de funcionamento?");
    expect(m.profileName).toBe("Ana <b>");
    expect(previewText(m)).toBe(m.text);
    expect(m.context).toEqual({ forwarded: true });
  });

  it("turns unix-second strings into Dates", () => {
    const [m] = messagesOf(normalizeMetaWebhook(load("text-es.json")));
    expect(m.timestamp).toEqual(new Date(1764061200 * 1000));
  });

  it("uses the BSUID when the phone number is withheld", () => {
    const items = normalizeMetaWebhook(
      envelope("messages", {
        metadata,
        contacts: [{ profile: { name: "Bea" }, user_id: "BR.1502576394655843" }],
        messages: [{ from_user_id: "BR.1502576394655843", id: "wamid.U", timestamp: "1764061200", type: "text", text: { body: "oi" } }],
        statuses: [{ id: "wamid.S", status: "failed", timestamp: "1764061201", recipient_user_id: "BR.1502576394655843", errors: [{ code: 131050 }] }],
      }),
    );
    expect(items[0]).toMatchObject({ kind: "message", from: "BR.1502576394655843", bsuid: "BR.1502576394655843", profileName: "Bea" });
    expect(items[1]).toMatchObject({ kind: "status", recipientId: "BR.1502576394655843", recipientUserId: "BR.1502576394655843", error: { code: 131050 } });
  });

  it("normalizes marketing preferences, template quality and phone-number quality changes", () => {
    const prefs = envelope("user_preferences", {
      messaging_product: "whatsapp",
      metadata,
      user_preferences: [{ wa_id: "16505551234", detail: "User requested to stop marketing messages", category: "marketing_messages", value: "stop", timestamp: 1731705721 }],
    });
    expect(normalizeMetaWebhook(prefs)).toEqual([
      { kind: "user_preference", phoneNumberId: "106540352242922", waId: "16505551234", category: "marketing_messages", value: "stop", timestamp: new Date(1731705721000) },
    ]);
    const quality = envelope("message_template_quality_update", { previous_quality_score: "GREEN", new_quality_score: "YELLOW", message_template_id: 12, message_template_name: "x", message_template_language: "es" });
    expect(normalizeMetaWebhook(quality)[0]).toMatchObject({ kind: "template_update", event: "QUALITY_UPDATE", templateId: "12", quality: "YELLOW", previousQuality: "GREEN" });
    const phone = envelope("phone_number_quality_update", { display_phone_number: "15550783881", event: "DOWNGRADE", current_limit: "TIER_2K" });
    expect(normalizeMetaWebhook(phone)[0]).toMatchObject({ kind: "account_update", wabaId: "102290129340398", event: "DOWNGRADE", messagingTier: "TIER_2K", displayPhoneNumber: "15550783881" });
  });

  it("maps Meta's reason NONE to null", () => {
    expect(templatesOf(normalizeMetaWebhook(load("template-status-approved.json")))[0].reason).toBeNull();
  });
});

describe("previewText", () => {
  const base: MessageItem = { kind: "message", phoneNumberId: "1", wamid: "w", from: "1", timestamp: new Date(0), type: "text" };
  it("gives a bracketed word when there is nothing to read", () => {
    expect(previewText({ ...base, type: "image", media: { id: "1" } })).toBe("[image]");
    expect(previewText({ ...base, type: "image", media: { id: "1", caption: "Ticket" }, text: "Ticket" })).toBe("Ticket");
    expect(previewText({ ...base, type: "location", location: { latitude: 1, longitude: 2 } })).toBe("[location]");
    expect(previewText({ ...base, type: "reaction", reaction: { messageId: "x", emoji: "❤️" } })).toBe("[reaction ❤️]");
    expect(previewText({ ...base, type: "reaction", reaction: { messageId: "x", emoji: null } })).toBe("[reaction removed]");
  });
  it("stays on one line, within 120 characters, without splitting an emoji", () => {
    expect(previewText({ ...base, text: "a\nb\t\tc" })).toBe("a b c");
    const long = previewText({ ...base, text: "👍🏽".repeat(100) });
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long).toMatch(/^(👍🏽)+…$/u);
  });
});
