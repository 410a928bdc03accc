import { createHash, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/engine";
import { contacts, conversations, messages, type MessageMedia } from "@/db/schema";
import { mediaKey } from "@/lib/media/storage";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { TurnResult } from "../pipeline/run-turn";
import type { ReplyButton } from "../types";
import { diffEffects, snapshotEffects } from "./effects";
import type { PlayedTurn } from "./metrics";
import type { CheckGrounding, Loaded, RenderTextToPng, RunTurn } from "./optional-modules";
import { parseDuration, type LoadedScenario, type ScenarioTurn } from "./scenario";
import type { SeededScenario } from "./seed-business";
import { resolveTap } from "./resolve-tap";

export type PlayDeps = {
  db: Db;
  runTurn: RunTurn;
  /** Null when lib/ai/guardrails/grounding.ts is not available: leaks are then "not checked". */
  checkGrounding: CheckGrounding | null;
  renderer: Loaded<RenderTextToPng>;
  putMedia: (key: string, bytes: Uint8Array, contentType: string) => Promise<void>;
};

/** Seconds between one customer message and the next (the scenario clock otherwise moves only with `advance`). */
const TURN_GAP_MS = 60_000;
const SENT = new Set(["reply", "confirm", "escalate"]);

/**
 * Plays a seeded scenario turn by turn through the pipeline, with sends captured (never
 * dispatched), and records per turn what the metrics need: the result, the database changes,
 * and the unsupported claims in what the customer was actually sent.
 */
export async function playScenario(scenario: LoadedScenario, seeded: SeededScenario, deps: PlayDeps): Promise<PlayedTurn[]> {
  const { db } = deps;
  const { tenantId, conversationId } = seeded;
  let clock = new Date(scenario.now);
  const offers: ReplyButton[][] = [];
  const played: PlayedTurn[] = [];
  const seenMessages = new Set<string>();
  const base = (turn: ScenarioTurn, index: number, input: string) => ({ scenario: scenario.name, file: scenario.file, language: scenario.language, index, kind: turn.kind, input, expect: turn.expect, result: null, confirmTap: false, effects: [], leaked: null }) satisfies PlayedTurn;

  for (const [index, turn] of scenario.turns.entries()) {
    if (turn.kind === "advance") {
      clock = new Date(clock.getTime() + parseDuration(turn.advance)!);
      played.push(base(turn, index, `advance ${turn.advance}`));
      continue;
    }
    if (index > 0) clock = new Date(clock.getTime() + TURN_GAP_MS);
    const at = clock;
    let inbound: { type: string; body: string | null; content?: Record<string, unknown>; media?: MessageMedia; id?: string };
    let input: string;
    let confirmTap = false;
    if (turn.kind === "customer") {
      input = turn.customer;
      inbound = { type: "text", body: turn.customer };
    } else if (turn.kind === "tap") {
      const button = resolveTap(turn.tap, offers);
      if ("error" in button) {
        played.push({ ...base(turn, index, `tap ${turn.tap}`), unplayable: button.error });
        continue;
      }
      input = button.title;
      confirmTap = button.id.startsWith("confirm:");
      inbound = { type: "interactive", body: button.title, content: { interactive: { kind: "button_reply", id: button.id, title: button.title } } };
    } else {
      input = turn.caption ? `[image: ${turn.image}] ${turn.caption}` : `[image: ${turn.image}]`;
      const image = await imageBytes(scenario.dir, turn.image, deps.renderer);
      if ("skip" in image) {
        played.push({ ...base(turn, index, input), skipped: image.skip });
        continue;
      }
      const id = randomUUID();
      const key = mediaKey(tenantId, id);
      await deps.putMedia(key, image.bytes, image.mimeType);
      inbound = { id, type: "image", body: turn.caption ?? null, media: { storageKey: key, mimeType: image.mimeType, sizeBytes: image.bytes.length, sha256: createHash("sha256").update(image.bytes).digest("hex"), ...(turn.caption ? { caption: turn.caption } : {}) } };
    }

    const messageId = await insertInbound(db, seeded, inbound, at);
    seenMessages.add(messageId);
    const before = await snapshotEffects(db, tenantId);
    let result: TurnResult | null = null;
    let error: string | undefined;
    try {
      result = await deps.runTurn({ tenantId, conversationId, inboundMessageId: messageId, now: at }, { db, dispatch: async () => {} });
    } catch (e) {
      error = `pipeline threw: ${(e as Error).message ?? e}`;
    }
    const effects = diffEffects(before, await snapshotEffects(db, tenantId));
    await retimeNewMessages(db, seeded, seenMessages, at);
    if (result?.buttons.length) offers.push(result.buttons);

    let leaked: number | null = null;
    let leakedClaims: string[] | undefined;
    if (result && deps.checkGrounding) {
      leaked = 0;
      if (result.text && SENT.has(result.outcome)) {
        try {
          const check = await deps.checkGrounding(result.text, result.evidence, { customerText: input, language: result.language, now: at, timeZone: scenario.business.timezone });
          leaked = check.unsupported.length;
          leakedClaims = check.unsupported.map((u) => (typeof u === "object" && u && "claim" in u ? String((u as { claim: unknown }).claim) : String(u)));
        } catch (e) {
          leaked = null;
          leakedClaims = [`grounding check failed: ${(e as Error).message}`];
        }
      }
    }
    played.push({ ...base(turn, index, input), result, error, confirmTap, effects, leaked, leakedClaims });
  }
  return played;
}

async function imageBytes(dir: string, image: string, renderer: Loaded<RenderTextToPng>): Promise<{ bytes: Uint8Array; mimeType: string } | { skip: string }> {
  const ext = /\.(png|jpe?g|webp)$/i.exec(image)?.[1]?.toLowerCase();
  if (ext) {
    try {
      return { bytes: new Uint8Array(await readFile(path.resolve(dir, image))), mimeType: ext === "png" ? "image/png" : ext === "webp" ? "image/webp" : "image/jpeg" };
    } catch {
      // Not a file next to the scenario: render the words instead.
    }
  }
  if (!renderer.ok) return { skip: `image turn not played: ${renderer.reason}` };
  return { bytes: await renderer.value(image), mimeType: "image/png" };
}

/** The customer's message as the webhook intake stores it (and the 24-hour window it opens). */
async function insertInbound(db: Db, s: SeededScenario, m: { id?: string; type: string; body: string | null; content?: Record<string, unknown>; media?: MessageMedia }, at: Date) {
  return withTenant(
    s.tenantId,
    async (tx) => {
      const [row] = await tx
        .insert(messages)
        .values({ ...(m.id ? { id: m.id } : {}), tenantId: s.tenantId, conversationId: s.conversationId, channelId: s.channelId, direction: "inbound", author: "contact", type: m.type, body: m.body, content: m.content ?? null, media: m.media ?? null, status: "received", wamid: `wamid.eval.${randomUUID()}`, createdAt: at })
        .returning({ id: messages.id });
      await tx.update(contacts).set({ lastInboundAt: at }).where(and(eq(contacts.tenantId, s.tenantId), eq(contacts.id, s.contactId)));
      await tx.update(conversations).set({ lastMessageAt: at }).where(and(eq(conversations.tenantId, s.tenantId), eq(conversations.id, s.conversationId)));
      return row.id;
    },
    db,
  );
}

/**
 * Messages the pipeline wrote this turn are stamped with the machine's clock; the scenario runs
 * on its own clock, so they are moved to just after the customer's message — otherwise the next
 * turn's transcript would list them out of order.
 */
export async function retimeNewMessages(db: Db, s: { tenantId: string; conversationId: string }, seen: Set<string>, at: Date) {
  await withTenant(
    s.tenantId,
    async (tx) => {
      const rows = await tx.select({ id: messages.id }).from(messages).where(and(eq(messages.tenantId, s.tenantId), eq(messages.conversationId, s.conversationId))).orderBy(asc(messages.createdAt), asc(messages.id));
      const fresh = rows.map((r) => r.id).filter((id) => !seen.has(id));
      for (const [i, id] of fresh.entries()) {
        seen.add(id);
        await tx.update(messages).set({ createdAt: new Date(at.getTime() + 1000 + i) }).where(and(eq(messages.tenantId, s.tenantId), eq(messages.id, id)));
      }
    },
    db,
  );
}
