/**
 * Refused webhooks are logged, but at most a few lines a minute per channel: a flood of forged
 * requests must not become a flood of logs.
 */
const WINDOW_MS = 60_000;
const MAX_PER_WINDOW = 5;
const windows = new Map<string, { start: number; count: number; dropped: number }>();

export function securityLog(channelId: string, message: string, now = Date.now()): boolean {
  let w = windows.get(channelId);
  if (!w || now - w.start >= WINDOW_MS) {
    if (w?.dropped) console.warn(`[security] channel ${channelId}: ${w.dropped} more refused webhooks not logged`);
    w = { start: now, count: 0, dropped: 0 };
    windows.set(channelId, w);
  }
  if (w.count >= MAX_PER_WINDOW) {
    w.dropped++;
    return false;
  }
  w.count++;
  console.warn(`[security] channel ${channelId}: ${message}`);
  return true;
}
