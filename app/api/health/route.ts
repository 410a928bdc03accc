// GET /api/health — liveness of the app and of each part it depends on
import { NextResponse } from "next/server";
import { getDatabase } from "@/db/client";
import { checkDatabase } from "@/lib/health/check-database";
import { checkExecutor } from "@/lib/health/check-executor";

export const dynamic = "force-dynamic";

export async function GET() {
  const [database, workflows] = await Promise.all([checkDatabase(getDatabase()), checkExecutor()]);
  // Workflows not ready yet (the embedded executor syncs a moment after start) is "degraded", not down.
  const status = !database.ok ? "down" : workflows.ok ? "ok" : "degraded";
  return NextResponse.json({ status, database, workflows }, { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
