// GET|POST /api/webhooks/whatsapp/[channelId] — Meta/360dialog: verification handshake; verify, persist, enqueue
import { NextResponse, type NextRequest } from "next/server";
import { unsafeFindWebhookChannel } from "@/lib/whatsapp/channels";
import { handleMetaWebhook } from "@/lib/whatsapp/webhook/handle-meta-webhook";
import { verifyHandshake } from "@/lib/whatsapp/webhook/signature";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ channelId: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const channel = await unsafeFindWebhookChannel((await params).channelId);
  const challenge = channel ? verifyHandshake(req.nextUrl.searchParams, channel.verifyToken) : null;
  return challenge === null ? new NextResponse("forbidden", { status: 403 }) : new NextResponse(challenge, { status: 200, headers: { "content-type": "text/plain" } });
}

export async function POST(req: NextRequest, { params }: Params) {
  const { channelId } = await params;
  try {
    const raw = new Uint8Array(await req.arrayBuffer());
    const res = await handleMetaWebhook(channelId, raw, req.headers.get("x-hub-signature-256"), {
      credentials: { dialog360Signature: req.headers.get("x-360dialog-signature"), webhookToken: req.headers.get("x-hilo-webhook-token") },
    });
    return NextResponse.json(res.body, { status: res.status });
  } catch (e) {
    console.error(`[webhook] channel ${channelId}: not stored, Meta will retry`, e);
    return NextResponse.json({ error: "temporarily unavailable" }, { status: 503 });
  }
}
