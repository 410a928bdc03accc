// POST /api/simulator/graph/{version}/{phone-number-id}/messages — the simulator's Graph API (what simulator channels send to)
import { NextResponse, type NextRequest } from "next/server";
import { handleSimulatorGraph } from "@/lib/whatsapp/simulator/graph-api";

export const dynamic = "force-dynamic";

export async function POST(req: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const body = await req.json().catch(() => null);
  const res = await handleSimulatorGraph("POST", (await params).path, req.headers, body);
  return NextResponse.json(res.body, { status: res.status });
}
