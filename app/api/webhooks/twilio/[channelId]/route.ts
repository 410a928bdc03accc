// POST /api/webhooks/twilio/[channelId] — Twilio: verify X-Twilio-Signature, persist, enqueue
import { type NextRequest } from "next/server";
import { appOrigin } from "@/lib/http/app-origin";
import { handleTwilioWebhook } from "@/lib/whatsapp/twilio/handle-twilio-webhook";

export const dynamic = "force-dynamic";

export async function POST(req: NextRequest, { params }: { params: Promise<{ channelId: string }> }) {
  const { channelId } = await params;
  try {
    // Twilio signs the URL it called: the public one, not the one behind our proxy.
    const publicUrl = `${await appOrigin()}${req.nextUrl.pathname}${req.nextUrl.search}`;
    const res = await handleTwilioWebhook(channelId, publicUrl, await req.text(), req.headers.get("x-twilio-signature"));
    return new Response(res.body, { status: res.status, headers: { "content-type": res.status === 200 ? "text/xml" : "text/plain" } });
  } catch (e) {
    console.error(`[webhook] twilio channel ${channelId}: not stored, Twilio will retry`, e);
    return new Response("temporarily unavailable", { status: 503 });
  }
}
