/**
 * Recipients the simulator accepts messages for and then reports as failed, as Meta does for
 * problems it only finds after answering with a wamid: 131026 (not on WhatsApp / cannot receive),
 * 131049 (per-user marketing limit), 131050 (the user stopped marketing from this business),
 * 131051 (unsupported message type). Held in memory per process, like the injected faults;
 * managed through POST/DELETE /api/simulator/control/recipients.
 */

export const ASYNC_FAILURE_CODES = [131026, 131049, 131050, 131051] as const;
export type AsyncFailureCode = (typeof ASYNC_FAILURE_CODES)[number];

const TITLES: Record<AsyncFailureCode, { title: string; details: string }> = {
  131026: { title: "Message undeliverable", details: "The recipient cannot receive WhatsApp messages on this number." },
  131049: { title: "This message was not delivered to maintain healthy ecosystem engagement.", details: "Per-user marketing message limit reached." },
  131050: { title: "User has stopped marketing messages", details: "The user chose to stop receiving marketing messages from this business." },
  131051: { title: "Unsupported message type", details: "The recipient's app does not support this message type." },
};

export const asyncFailureError = (code: AsyncFailureCode) => ({ code, title: TITLES[code].title, message: TITLES[code].title, error_data: { details: TITLES[code].details } });

export type RecipientFailures = {
  set(phoneNumberId: string, recipient: string, code: AsyncFailureCode): void;
  clear(phoneNumberId?: string, recipient?: string): void;
  /** The failure to report for this recipient, or null when messages to them are delivered. */
  codeFor(phoneNumberId: string, recipient: string): AsyncFailureCode | null;
};

const keyOf = (phoneNumberId: string, recipient: string) => `${phoneNumberId}:${recipient.replace(/^\+/, "")}`;

export function createRecipientFailures(): RecipientFailures {
  const book = new Map<string, AsyncFailureCode>();
  return {
    set: (id, recipient, code) => void book.set(keyOf(id, recipient), code),
    clear(id, recipient) {
      if (id === undefined) return book.clear();
      if (recipient !== undefined) return void book.delete(keyOf(id, recipient));
      for (const k of [...book.keys()]) if (k.startsWith(`${id}:`)) book.delete(k);
    },
    codeFor: (id, recipient) => book.get(keyOf(id, recipient)) ?? null,
  };
}

const g = globalThis as unknown as { __hiloSimulatorRecipientFailures?: RecipientFailures };

/** The process's book, on globalThis so every route bundle shares it. */
export const simulatorRecipientFailures = (): RecipientFailures => (g.__hiloSimulatorRecipientFailures ??= createRecipientFailures());
