import { getFormatter } from "next-intl/server";

/** "hace 5 minutos" / "5 minutes ago", in the workspace's time zone for the title tooltip. */
export async function RelativeTime({ date, timeZone }: { date: Date; timeZone: string }) {
  const format = await getFormatter();
  return (
    <time dateTime={date.toISOString()} title={format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone })}>
      {format.relativeTime(date)}
    </time>
  );
}
