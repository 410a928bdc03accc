import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { homeFor, safeCallbackUrl } from "@/lib/auth/redirects";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signIn") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const safe = safeCallbackUrl(callbackUrl) ?? undefined;
  const user = await getSessionUser();
  if (user) redirect(safe ?? (await homeFor(user.id)));
  const t = await getTranslations("auth");
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-xl">{t("signInTitle")}</CardTitle>
        <CardDescription>{t("signInSubtitle")}</CardDescription>
      </CardHeader>
      <CardContent>
        <SignInForm callbackUrl={safe} />
      </CardContent>
    </Card>
  );
}
