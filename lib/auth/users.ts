import { eq, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { users } from "@/db/schema";

// Users are global (one account, several workspaces), so these queries carry no tenant.

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(email: string, db: Db | Tx = getDb()) {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`)
    .limit(1);
  return row ?? null;
}

export async function findUserById(id: string, db: Db | Tx = getDb()) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function setUserLocale(id: string, locale: string, db: Db = getDb()) {
  await db.update(users).set({ locale }).where(eq(users.id, id));
}
