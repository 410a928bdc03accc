// POST|DELETE /api/simulator/control/faults — make the next N Graph calls of a simulator number fail with 500/503, or clear that
import { NextResponse, type NextRequest } from "next/server";
import { simulatorControlEnabled } from "@/lib/whatsapp/simulator/control-access";
import { simulatorFaults } from "@/lib/whatsapp/simulator/faults";
import { clearFaultsSchema, injectFaultsSchema } from "./schema";

export const dynamic = "force-dynamic";

const disabled = () => NextResponse.json({ error: "not found" }, { status: 404 });

export async function POST(req: NextRequest) {
  if (!simulatorControlEnabled()) return disabled();
  const parsed = injectFaultsSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "invalid body", issues: parsed.error.issues }, { status: 400 });
  const { phoneNumberId, status, count } = parsed.data;
  simulatorFaults().inject(phoneNumberId, status, count);
  return NextResponse.json({ ok: true, phoneNumberId, fault: simulatorFaults().pending(phoneNumberId) });
}

/** Body `{ phoneNumberId }` or `?phoneNumberId=` clears one number; neither clears every number. */
export async function DELETE(req: NextRequest) {
  if (!simulatorControlEnabled()) return disabled();
  const body: unknown = await req.json().catch(() => null);
  const fromBody = body && typeof body === "object" ? body : {};
  const parsed = clearFaultsSchema.safeParse({ phoneNumberId: req.nextUrl.searchParams.get("phoneNumberId") ?? undefined, ...fromBody });
  if (!parsed.success) return NextResponse.json({ error: "invalid body", issues: parsed.error.issues }, { status: 400 });
  simulatorFaults().clear(parsed.data.phoneNumberId);
  return NextResponse.json({ ok: true, cleared: parsed.data.phoneNumberId ?? "all" });
}
