import { z } from "zod";
import { ASYNC_FAILURE_CODES } from "@/lib/whatsapp/simulator/recipient-failures";

export const setRecipientFailureSchema = z.object({
  phoneNumberId: z.string().min(1).max(64),
  recipient: z.string().regex(/^\+?\d{6,20}$/),
  code: z.union(ASYNC_FAILURE_CODES.map((c) => z.literal(c)) as [z.ZodLiteral<131026>, z.ZodLiteral<131049>, z.ZodLiteral<131050>, z.ZodLiteral<131051>]),
});

export const clearRecipientFailureSchema = z.object({ phoneNumberId: z.string().min(1).max(64).optional(), recipient: z.string().regex(/^\+?\d{6,20}$/).optional() });
