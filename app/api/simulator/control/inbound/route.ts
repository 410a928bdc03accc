// POST /api/simulator/control/inbound — a simulated customer message (any type) posted through the real webhook intake
import { NextResponse, type NextRequest } from "next/server";
import { simulatorControlEnabled } from "@/lib/whatsapp/simulator/control-access";
import { injectSimulatedInbound } from "@/lib/whatsapp/simulator/inject-inbound";
import { injectInboundSchema } from "./schema";

export const dynamic = "force-dynamic";

/** Answers `{ status, wamid, mediaId?, intake }`: `status` is what the intake answered the signed webhook. */
export async function POST(req: NextRequest) {
  if (!simulatorControlEnabled()) return NextResponse.json({ error: "not found" }, { status: 404 });
  const parsed = injectInboundSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "invalid body", issues: parsed.error.issues }, { status: 400 });
  try {
    const res = await injectSimulatedInbound(parsed.data);
    if (!res.ok) return NextResponse.json({ error: res.error }, { status: res.status });
    return NextResponse.json({ status: res.status, wamid: res.wamid, ...(res.mediaId ? { mediaId: res.mediaId } : {}), intake: res.body });
  } catch (e) {
    console.error("[simulator] inbound injection failed", e);
    return NextResponse.json({ error: "intake failed" }, { status: 500 });
  }
}
