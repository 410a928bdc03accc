"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/result";
import { signIn } from "@/lib/auth/config";
import { homeFor, safeCallbackUrl } from "@/lib/auth/redirects";
import { signUpSchema, signUpWithWorkspace } from "@/lib/auth/sign-up";
import { findUserByEmail } from "@/lib/auth/users";
import { AppError } from "@/lib/errors/app-error";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

async function signInOrThrow(email: string, password: string) {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) throw new AppError("unauthorized:credentials", { cause: e });
    throw e;
  }
}

async function rememberLocale(locale: string | null | undefined) {
  if (isLocale(locale)) (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}

const signInSchema = z.object({ email: z.email(), password: z.string().min(1), callbackUrl: z.string().optional() });

export const signInAction = publicAction(signInSchema, async ({ email, password, callbackUrl }) => {
  await signInOrThrow(email, password);
  const user = await findUserByEmail(email);
  if (!user) throw new AppError("unauthorized:credentials");
  await rememberLocale(user.locale);
  redirect(safeCallbackUrl(callbackUrl) ?? (await homeFor(user.id)));
});

export const signUpAction = publicAction(signUpSchema, async (input) => {
  const { tenant } = await signUpWithWorkspace(input);
  await signInOrThrow(input.email, input.password);
  await rememberLocale(input.locale);
  redirect(`/w/${tenant.slug}`);
});
