"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { setUserLocale } from "@/lib/auth/users";
import { getSessionUser } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/config";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { isTheme, THEME_COOKIE } from "@/lib/i18n/theme";

const YEAR = 60 * 60 * 24 * 365;

/** The language switch: remembered in a cookie and, when signed in, on the account. */
export async function setLocaleAction(locale: string) {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax" });
  const user = await getSessionUser();
  if (user) await setUserLocale(user.id, locale);
  revalidatePath("/", "layout");
}

export async function setThemeAction(theme: string) {
  if (!isTheme(theme)) return;
  (await cookies()).set(THEME_COOKIE, theme, { path: "/", maxAge: YEAR, sameSite: "lax" });
  revalidatePath("/", "layout");
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
