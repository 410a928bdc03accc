import { MapPin } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { TestPhoneMessage } from "@/lib/whatsapp/simulator/test-phone";

/** A message without text: its place for a location, else the kind of message in the reader's language. */
export async function WordlessMessage({ message }: { message: TestPhoneMessage }) {
  const t = await getTranslations("inbox.kinds");
  const location = (message.content as { location?: { name?: string; latitude: number; longitude: number } } | null)?.location;
  if (location)
    return (
      <span className="inline-flex items-center gap-1.5">
        <MapPin className="size-4" aria-hidden />
        {location.name ?? `${location.latitude.toFixed(4)}, ${location.longitude.toFixed(4)}`}
      </span>
    );
  return <span className="italic">{t.has(message.type) ? t(message.type) : message.type}</span>;
}
