// GET /api/media/[messageId] — a message's stored media, for signed-in members of its workspace
import { type NextRequest } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { serveMessageMedia } from "@/lib/media/serve-media";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, { params }: { params: Promise<{ messageId: string }> }) {
  const { messageId } = await params;
  const user = await getSessionUser();
  return serveMessageMedia(user?.id ?? null, messageId, { range: req.headers.get("range") });
}
