"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/result";
import { signIn } from "@/lib/auth/config";
import { getSessionUser } from "@/lib/auth/session";
import { accountSchema } from "@/lib/auth/sign-up";
import { AppError } from "@/lib/errors/app-error";
import { acceptInvitationOrThrow } from "@/lib/tenancy/invitations";

const tokenSchema = z.object({ token: z.string().min(10).max(200) });

/** A signed-in user joins the workspace. */
export const acceptInvitationAction = publicAction(tokenSchema, async ({ token }) => {
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized:session");
  const joined = await acceptInvitationOrThrow(token, { userId: user.id });
  redirect(`/w/${joined.slug}`);
});

/** Someone new creates an account and joins, in one transaction; then they are signed in. */
export const joinWithNewAccountAction = publicAction(tokenSchema.extend(accountSchema.shape), async ({ token, ...account }) => {
  const joined = await acceptInvitationOrThrow(token, { newAccount: account });
  await signIn("credentials", { email: account.email, password: account.password, redirect: false });
  redirect(`/w/${joined.slug}`);
});
