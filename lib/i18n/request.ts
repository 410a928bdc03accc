import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalogFor } from "./catalog";
import { LOCALE_COOKIE, resolveLocale } from "./locales";

// next-intl without locale routing: the language comes from the user's choice (a cookie).
export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
  return {
    locale,
    messages: catalogFor(locale),
    timeZone: "Europe/Madrid",
  };
});
