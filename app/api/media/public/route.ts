// GET /api/media/public — a stored file behind an expiring signed link (providers that fetch media by URL)
import { type NextRequest } from "next/server";
import { servePublicMedia } from "@/lib/media/public-link";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  return servePublicMedia(req.nextUrl.searchParams, { range: req.headers.get("range") });
}
