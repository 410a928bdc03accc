import type { ReplyButton } from "../types";
import { normalizeText } from "./text-match";

/**
 * Which button a scenario's `tap` presses, among those offered on earlier turns (latest first):
 * "confirm" / "cancel" → the latest `confirm:<actionId>` / `cancel:<actionId>` button (so a second
 * tap re-sends the same, already used button); "#2" → the second button of the latest offer; else
 * an exact button id, then a button title.
 */
export function resolveTap(tap: string, offers: ReplyButton[][]): ReplyButton | { error: string } {
  const latestFirst = [...offers].reverse();
  const all = latestFirst.flat();
  if (tap === "confirm" || tap === "cancel") {
    const button = all.find((b) => b.id.startsWith(`${tap}:`));
    return button ?? { error: `tap "${tap}": no ${tap}:<action> button was offered before this turn` };
  }
  const nth = /^#(\d+)$/.exec(tap);
  if (nth) {
    const button = latestFirst[0]?.[Number(nth[1]) - 1];
    return button ?? { error: `tap "${tap}": the last offer had ${latestFirst[0]?.length ?? 0} buttons` };
  }
  const byId = all.find((b) => b.id === tap);
  if (byId) return byId;
  const byTitle = all.find((b) => normalizeText(b.title) === normalizeText(tap));
  return byTitle ?? { error: `tap "${tap}": no button with that id or title was offered before this turn` };
}
