/**
 * Injected failures, for tests of retries and alerting: "the next N Graph calls for this number
 * answer 500 (or 503)". Held in memory per process (a test drives one process; with several
 * replicas each keeps its own book). Managed through POST/DELETE /api/simulator/control/faults.
 */

export type FaultStatus = 500 | 503;
export type Fault = { status: FaultStatus; remaining: number };

export type FaultBook = {
  /** The next `count` calls for this number fail with `status` (replaces any earlier fault). */
  inject(phoneNumberId: string, status: FaultStatus, count: number): void;
  /** Clears one number's faults, or every number's. */
  clear(phoneNumberId?: string): void;
  /** Consumes one injected failure for this number, if any is left. */
  take(phoneNumberId: string): FaultStatus | null;
  pending(phoneNumberId: string): Fault | null;
};

export function createFaultBook(): FaultBook {
  const faults = new Map<string, Fault>();
  return {
    inject(id, status, count) {
      if (!Number.isInteger(count) || count < 1) throw new RangeError("count must be a positive integer");
      faults.set(id, { status, remaining: count });
    },
    clear(id) {
      if (id === undefined) faults.clear();
      else faults.delete(id);
    },
    take(id) {
      const f = faults.get(id);
      if (!f) return null;
      if (--f.remaining <= 0) faults.delete(id);
      return f.status;
    },
    pending: (id) => {
      const f = faults.get(id);
      return f ? { ...f } : null;
    },
  };
}

const g = globalThis as unknown as { __hiloSimulatorFaults?: FaultBook };

/** The process's book, kept on globalThis so route handlers in every bundle share it. */
export const simulatorFaults = (): FaultBook => (g.__hiloSimulatorFaults ??= createFaultBook());
