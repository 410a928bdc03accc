/**
 * The customer-service window (CSW) and the free-entry-point window (FEP), fact sheet §5.
 *
 * Two different questions are answered here and must not be mixed up:
 * - may we send a free-form (non-template) message?  Only while the 24 h CSW is open.
 * - is the message free?  While the 72 h FEP window is open, every message is free, but the FEP
 *   window does NOT widen what may be sent: after the CSW closes only templates go out, even if
 *   they are still free until the 72 h end.
 *
 * Windows are half-open intervals [start, end): at exactly 24 h after the last inbound message
 * the window is already closed. Meta does not publish the boundary; erring towards "closed" costs
 * a template, erring towards "open" costs a 131047 failure the customer never sees.
 */

const HOUR_MS = 60 * 60 * 1000;
export const SERVICE_WINDOW_MS = 24 * HOUR_MS;
export const FREE_ENTRY_POINT_WINDOW_MS = 72 * HOUR_MS;
/** The business must answer an ad/CTA entry within this long for the FEP window to open. */
export const FREE_ENTRY_POINT_REPLY_DEADLINE_MS = 24 * HOUR_MS;

export type WindowKind = "service" | "free_entry_point" | "closed";

export type WindowInput = {
  /** Last message (or call) from the user; null when they never wrote. */
  lastInboundAt: Date | null;
  /** Set when a free-entry-point window was opened; `openedAt` is the business's first reply. */
  freeEntryPoint?: { openedAt: Date } | null;
  now: Date;
};

export type WindowState = {
  /** Free-form (non-template) messages may be sent: the 24 h CSW is open. */
  open: boolean;
  /** The window `now` falls in, FEP first because it decides pricing. */
  kind: WindowKind;
  /** When free-form sending stops; null when it is not allowed now. */
  closesAt: Date | null;
  /** End of the 72 h FEP window when `now` is inside it (messages free until then); else null. */
  freeEntryPointClosesAt: Date | null;
};

const addMs = (d: Date, ms: number) => new Date(d.getTime() + ms);
const within = (now: Date, start: Date, end: Date) => now.getTime() >= start.getTime() && now.getTime() < end.getTime();

export function windowState({ lastInboundAt, freeEntryPoint, now }: WindowInput): WindowState {
  const serviceEnd = lastInboundAt ? addMs(lastInboundAt, SERVICE_WINDOW_MS) : null;
  // A clock-skewed inbound timestamp a little in the future still counts as "just wrote".
  const open = serviceEnd !== null && now.getTime() < serviceEnd.getTime();

  const fepEnd = freeEntryPoint ? addMs(freeEntryPoint.openedAt, FREE_ENTRY_POINT_WINDOW_MS) : null;
  const inFep = freeEntryPoint != null && fepEnd !== null && within(now, freeEntryPoint.openedAt, fepEnd);

  return {
    open,
    kind: inFep ? "free_entry_point" : open ? "service" : "closed",
    closesAt: open ? serviceEnd : null,
    freeEntryPointClosesAt: inFep ? fepEnd : null,
  };
}

/**
 * When an entry from a Click-to-WhatsApp ad or a Page call-to-action button opens a FEP window:
 * at the business's first reply, provided that reply came within 24 h of the entry message.
 * Returns null when it came too late (the conversation is then billed normally). Meta also
 * requires the user to be on Android or iOS, which a webhook cannot tell us: the `pricing.type`
 * of the status webhook (`free_entry_point`) remains the authority, this is a prediction.
 */
export function freeEntryPointOpenedAt({ entryAt, firstReplyAt }: { entryAt: Date; firstReplyAt: Date }): Date | null {
  const delay = firstReplyAt.getTime() - entryAt.getTime();
  return delay >= 0 && delay < FREE_ENTRY_POINT_REPLY_DEADLINE_MS ? firstReplyAt : null;
}

/**
 * Thrown when a free-form message is attempted outside the CSW. The code follows the AppError
 * convention (`<kind>:<subject>`) so the error mapper can translate it once `AppErrorCode` gains it.
 */
export class WindowClosedError extends Error {
  readonly code = "window_closed:send" as const;
  readonly closedAt: Date | null;

  constructor(closedAt: Date | null, reason?: string) {
    const why = reason ?? (closedAt ? `The 24-hour customer-service window closed at ${closedAt.toISOString()}` : "The customer has never written, so there is no customer-service window");
    super(`${why}: send an approved template instead of a free-form message.`);
    this.name = "WindowClosedError";
    this.closedAt = closedAt;
  }
}

export const isWindowClosedError = (e: unknown): e is WindowClosedError => e instanceof WindowClosedError;

/** Returns the window state when free-form is allowed; throws WindowClosedError otherwise. */
export function assertCanSendFreeForm(input: WindowInput): WindowState {
  const state = windowState(input);
  if (!state.open) {
    throw new WindowClosedError(input.lastInboundAt ? addMs(input.lastInboundAt, SERVICE_WINDOW_MS) : null);
  }
  return state;
}
