import { getTranslations } from "next-intl/server";
import type { TestPhoneMessage } from "@/lib/whatsapp/simulator/test-phone";

/**
 * A message's photo or audio, inline, from `GET /api/media/<messageId>` (served only to members
 * of the workspace). A customer's file shows once the download workflow has stored it; until then,
 * or when WhatsApp's limits refused it, a short note stands in. Null for other messages.
 */
export async function MessageMedia({ message }: { message: TestPhoneMessage }) {
  const media = message.media;
  if (!media || (message.type !== "image" && message.type !== "audio")) return null;
  const t = await getTranslations("testPhone");
  if (!media.storageKey)
    return <span className="block text-xs italic opacity-80">{media.rejected ? t("mediaRejected") : message.type === "image" ? t("photoArriving") : t("audioArriving")}</span>;
  const src = `/api/media/${message.id}`;
  if (message.type === "image")
    // A plain <img>: the file comes from an authenticated route, which next/image cannot optimize.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={src} alt={media.caption ?? t("photoAlt")} loading="lazy" className="block max-h-64 w-full max-w-60 rounded-lg object-cover" />;
  return <audio controls preload="metadata" src={src} aria-label={media.voice ? t("voiceNote") : t("audio")} className="block w-56 max-w-full" />;
}
