// GET /api/health/live — liveness only: the process answers. No database, no work (also the benchmark's baseline).
export const dynamic = "force-dynamic";

export function GET() {
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
