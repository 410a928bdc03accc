import { createPairRateLimiter, PAIR_RATE_MAX_BURST, type PairRateLimiter, type PairRateOptions } from "../rules/pair-rate";
import { createThroughputLimiter, type ThroughputLimiter } from "../rules/throughput";

/**
 * Meta's two send limits as the simulator enforces them (fact sheet §8.1): messages per second
 * per number (the channel's `throughputMps`, 80 by default → 130429) and the pair rate per
 * recipient (1 per 6 s after a burst → 131056). Meta lets a burst of up to 45 through before the
 * pair rate bites, so that is the default here too; tests pass tighter limiters. In memory, per
 * process: enough for a fake, and resettable.
 */
export type SimulatorLimits = { throughput: ThroughputLimiter; pairRate: PairRateLimiter };

export function createSimulatorLimits(opts: { messagesPerSecond?: number; pairRate?: PairRateOptions } = {}): SimulatorLimits {
  return {
    throughput: createThroughputLimiter({ messagesPerSecond: opts.messagesPerSecond }),
    pairRate: createPairRateLimiter({ burst: PAIR_RATE_MAX_BURST, ...opts.pairRate }),
  };
}

const g = globalThis as unknown as { __hiloSimulatorLimits?: SimulatorLimits };

/** The process's limiters (on globalThis, shared by every route bundle). */
export const simulatorLimits = (): SimulatorLimits => (g.__hiloSimulatorLimits ??= createSimulatorLimits());

/** Forgets every number's and recipient's history (tests, or a control call). */
export function resetSimulatorLimits(limits?: SimulatorLimits): void {
  g.__hiloSimulatorLimits = limits ?? createSimulatorLimits();
}

export type LimitVerdict = "ok" | "throughput" | "pair_rate";

/**
 * Takes a slot for one outbound message from `phoneNumberId` to `to` at `now`. Throughput first:
 * a number over its rate is refused for every recipient. The number's limit follows its channel.
 */
export function takeSendSlot(limits: SimulatorLimits, phoneNumberId: string, mps: number, to: string, now: Date): LimitVerdict {
  if (limits.throughput.limitFor(phoneNumberId) !== mps && Number.isInteger(mps) && mps > 0) limits.throughput.setLimit(phoneNumberId, mps);
  if (!limits.throughput.check(phoneNumberId, now).allowed) return "throughput";
  if (!limits.pairRate.check(`${phoneNumberId}:${to}`, now).allowed) return "pair_rate";
  return "ok";
}
