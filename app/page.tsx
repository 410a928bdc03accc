import { Bot, MessageCircle, ShieldCheck, Users } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Logo } from "@/components/shell/logo";
import { Button } from "@/components/ui/button";
import { homeFor } from "@/lib/auth/redirects";
import { getSessionUser } from "@/lib/auth/session";

const FEATURES = [
  { key: "grounded", icon: ShieldCheck },
  { key: "handover", icon: Users },
  { key: "rules", icon: MessageCircle },
  { key: "assistant", icon: Bot },
] as const;

export default async function LandingPage() {
  const user = await getSessionUser();
  if (user) redirect(await homeFor(user.id));
  const t = await getTranslations("landing");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <Logo />
        <div className="flex items-center gap-2">
          <LanguageSwitch />
          <Button asChild variant="ghost">
            <Link href="/sign-in">{t("signIn")}</Link>
          </Button>
        </div>
      </header>
      <main className="mx-auto flex w-full max-w-5xl flex-1 flex-col justify-center gap-12 px-6 py-12">
        <section className="grid max-w-2xl gap-5">
          <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">{t("headline")}</h1>
          <p className="text-lg text-muted-foreground">{t("subhead")}</p>
          <div className="flex flex-wrap gap-3">
            <Button asChild size="lg">
              <Link href="/sign-up">{t("cta")}</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/sign-in">{t("signIn")}</Link>
            </Button>
          </div>
        </section>
        <section className="grid gap-4 sm:grid-cols-2">
          {FEATURES.map(({ key, icon: Icon }) => (
            <div key={key} className="grid gap-2 rounded-xl border bg-card p-5">
              <Icon className="size-5 text-primary" aria-hidden />
              <h2 className="font-medium">{t(`features.${key}.title`)}</h2>
              <p className="text-sm text-muted-foreground">{t(`features.${key}.body`)}</p>
            </div>
          ))}
        </section>
      </main>
    </div>
  );
}
