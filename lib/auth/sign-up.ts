import { z } from "zod";
import { getDb, type Db, type Tx } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { TIME_ZONES } from "@/lib/tenancy/time-zones";
import { createWorkspaceInTx } from "@/lib/tenancy/workspaces";
import { hashPassword, PASSWORD_MIN_LENGTH } from "./password";
import { findUserByEmail, normalizeEmail } from "./users";

export const accountSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.email().max(200),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(200),
  locale: z.enum(["es", "en"]).default("es"),
});

export const signUpSchema = accountSchema.extend({
  workspaceName: z.string().trim().min(2).max(80),
  timeZone: z.enum(TIME_ZONES).default("Europe/Madrid"),
});

export type SignUpInput = z.input<typeof signUpSchema>;

/** A Postgres unique violation on one of our indexes, whichever engine raised it. */
export function isUniqueViolation(e: unknown, index?: string): boolean {
  for (let err = e as { code?: string; constraint_name?: string; constraint?: string; message?: string; cause?: unknown } | undefined; err; err = err.cause as typeof err) {
    if (err.code === "23505") return !index || [err.constraint_name, err.constraint, err.message].some((s) => s?.includes(index));
  }
  return false;
}

/**
 * Creates the account, its workspace and the owner membership in one transaction: a duplicate
 * email or any failure leaves nothing behind.
 */
export async function signUpWithWorkspace(input: SignUpInput, db: Db = getDb()) {
  const data = signUpSchema.parse(input);
  if (await findUserByEmail(data.email, db)) throw new AppError("conflict:email");
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ name: data.name, email: normalizeEmail(data.email), passwordHash, locale: data.locale })
        .returning({ id: users.id, email: users.email });
      const tenant = await createWorkspaceInTx(tx, user.id, { name: data.workspaceName, timeZone: data.timeZone, defaultLocale: data.locale });
      return { user, tenant };
    });
  } catch (e) {
    if (isUniqueViolation(e, "users_email")) throw new AppError("conflict:email", { cause: e });
    if (isUniqueViolation(e, "tenants_slug")) throw new AppError("conflict:slug", { cause: e });
    throw e;
  }
}

/**
 * Creates an account without a workspace, inside the caller's transaction (someone joining by
 * invitation: the membership is added in the same transaction).
 */
export async function createAccountInTx(tx: Tx, input: z.input<typeof accountSchema>) {
  const data = accountSchema.parse(input);
  if (await findUserByEmail(data.email, tx)) throw new AppError("conflict:email");
  const passwordHash = await hashPassword(data.password);
  const [user] = await tx
    .insert(users)
    .values({ name: data.name, email: normalizeEmail(data.email), passwordHash, locale: data.locale })
    .returning({ id: users.id, email: users.email });
  return user;
}
