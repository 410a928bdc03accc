import { createHash, randomBytes } from "node:crypto";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A ULID: time-ordered, so run ids sort by creation. */
export function ulid(ms = Date.now()): string {
  let time = "";
  for (let i = 0, t = ms; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  const rand = randomBytes(16);
  let tail = "";
  for (let i = 0; i < 16; i++) tail += CROCKFORD[rand[i] % 32];
  return time + tail;
}

/**
 * The id of the i-th event of a send that carried `x-inngest-event-id-seed`: deterministic, so
 * the SDK's own retries of the same send are recognised as duplicates.
 */
export function eventIdFromSeed(seed: string, index: number): string {
  return `seed-${createHash("sha1").update(`${seed}#${index}`).digest("hex").slice(0, 26)}`;
}

/** The SDK's step id: SHA-1 of the user's id (tests use it to read a step's stored result). */
export const hashStepId = (id: string) => createHash("sha1").update(id).digest("hex");
