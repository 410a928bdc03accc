"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { workspaceAction } from "@/lib/tenancy/workspace-action";
import { createChannel } from "@/lib/whatsapp/channels";

const text = (max = 200) => z.string().trim().min(1).max(max);
const optional = (max = 200) => z.string().trim().max(max).optional().transform((v) => v || null);

// Twilio has no phone number id: its account SID goes there and the sender in the display number
// (lib/whatsapp/providers/index.ts reads them so).
const schema = z.discriminatedUnion("provider", [
  z.object({ provider: z.literal("simulator"), name: optional(80) }),
  z.object({ provider: z.literal("meta"), name: text(80), phoneNumberId: z.string().regex(/^\d{6,20}$/), wabaId: z.string().regex(/^\d{6,20}$/), displayPhoneNumber: optional(30), accessToken: text(1000), appSecret: text(200) }),
  z.object({ provider: z.literal("dialog360"), name: text(80), phoneNumberId: optional(30), displayPhoneNumber: optional(30), accessToken: text(1000), appSecret: optional(200) }),
  z.object({ provider: z.literal("twilio"), name: text(80), phoneNumberId: z.string().regex(/^AC[0-9a-fA-F]{32}$/), displayPhoneNumber: z.string().trim().regex(/^(whatsapp:)?\+\d{6,16}$/), accessToken: text(200) }),
]);

export const connectChannelAction = workspaceAction({ schema, roles: MANAGER_ROLES }, async (input, ctx, tx) => {
  const channel = await createChannel(tx, ctx, {
    ...input,
    name: input.name ?? "Simulador",
    displayPhoneNumber: "displayPhoneNumber" in input ? input.displayPhoneNumber : input.provider === "simulator" ? "+34 600 000 000" : null,
  });
  revalidatePath(`/w/${ctx.tenant.slug}/settings/channels`);
  return { id: channel.id };
});
