import { z } from "zod";

export const injectFaultsSchema = z.object({
  phoneNumberId: z.string().min(1).max(64),
  status: z.union([z.literal(500), z.literal(503)]),
  count: z.number().int().min(1).max(10_000),
});

export const clearFaultsSchema = z.object({ phoneNumberId: z.string().min(1).max(64).optional() });
