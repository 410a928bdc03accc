// GET|POST /api/simulator/graph/{version}/… — the simulator's Graph API (sends, media, templates; what simulator channels talk to)
import type { NextRequest } from "next/server";
import { SIMULATOR_GRAPH_PATH } from "@/lib/whatsapp/providers/simulator-url";
import { handleSimulatorGraph } from "@/lib/whatsapp/simulator/graph-api";
import { simulatorRequestBody, toHttpResponse } from "@/lib/whatsapp/simulator/in-process-fetch";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ path: string[] }> };

/** The base the caller reached us on (Host as sent), so media and paging links come back to it. */
function publicBase(req: NextRequest): string {
  const proto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || req.nextUrl.protocol.replace(/:$/, "");
  const host = req.headers.get("host") ?? req.nextUrl.host;
  return `${proto}://${host}${SIMULATOR_GRAPH_PATH}`;
}

async function handle(req: NextRequest, { params }: Params) {
  const body = req.method === "POST" ? await simulatorRequestBody(req.headers.get("content-type"), req) : null;
  const res = await handleSimulatorGraph(req.method, (await params).path, req.headers, body, { query: req.nextUrl.searchParams, baseUrl: publicBase(req) });
  return toHttpResponse(res);
}

export const GET = handle;
export const POST = handle;
