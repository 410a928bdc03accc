// GET /api/health — liveness of the app and of each part it depends on
import { NextResponse } from "next/server";
import { getDatabase } from "@/db/client";
import { checkDatabase } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase(getDatabase());
  const ok = database.ok;
  return NextResponse.json({ status: ok ? "ok" : "degraded", database }, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
