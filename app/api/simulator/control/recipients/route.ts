// POST|DELETE /api/simulator/control/recipients — make a simulator number's messages to one recipient be accepted, then fail (131026…), or clear that
import { NextResponse, type NextRequest } from "next/server";
import { simulatorControlEnabled } from "@/lib/whatsapp/simulator/control-access";
import { simulatorRecipientFailures } from "@/lib/whatsapp/simulator/recipient-failures";
import { clearRecipientFailureSchema, setRecipientFailureSchema } from "./schema";

export const dynamic = "force-dynamic";

const disabled = () => NextResponse.json({ error: "not found" }, { status: 404 });

export async function POST(req: NextRequest) {
  if (!simulatorControlEnabled()) return disabled();
  const parsed = setRecipientFailureSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "invalid body", issues: parsed.error.issues }, { status: 400 });
  const { phoneNumberId, recipient, code } = parsed.data;
  simulatorRecipientFailures().set(phoneNumberId, recipient, code);
  return NextResponse.json({ ok: true, phoneNumberId, recipient, code });
}

export async function DELETE(req: NextRequest) {
  if (!simulatorControlEnabled()) return disabled();
  const body: unknown = await req.json().catch(() => null);
  const parsed = clearRecipientFailureSchema.safeParse(body && typeof body === "object" ? body : {});
  if (!parsed.success) return NextResponse.json({ error: "invalid body", issues: parsed.error.issues }, { status: 400 });
  simulatorRecipientFailures().clear(parsed.data.phoneNumberId, parsed.data.recipient);
  return NextResponse.json({ ok: true });
}
