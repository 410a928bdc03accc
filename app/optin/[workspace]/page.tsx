import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { OptInForm } from "@/components/consent/opt-in-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { optInPageOf, unsafeFindOptInWorkspaceBySlug } from "@/lib/consent/web-opt-in";

// GET /optin/[workspace] — public: a business's WhatsApp opt-in page, to share as a link or embed.
const workspaceFor = cache((slug: string) => unsafeFindOptInWorkspaceBySlug(slug));

export async function generateMetadata({ params }: { params: Promise<{ workspace: string }> }): Promise<Metadata> {
  const workspace = await workspaceFor((await params).workspace);
  if (!workspace) return {};
  const t = await getTranslations("consent");
  return { title: t("optin.metaTitle", { business: workspace.name }), robots: { index: false } };
}

export default async function OptInPage({ params }: { params: Promise<{ workspace: string }> }) {
  const workspace = await workspaceFor((await params).workspace);
  if (!workspace) notFound();
  const [t, locale] = await Promise.all([getTranslations("consent"), getLocale()]);
  const page = optInPageOf(workspace);
  const countryName = new Intl.DisplayNames([locale], { type: "region" }).of(page.defaultCountry) ?? page.defaultCountry;
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="flex justify-end px-6 py-4">
        <LanguageSwitch />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pb-16 sm:items-center">
        <Card className="w-full max-w-md">
          <CardHeader>
            <CardTitle as="h1" className="text-xl">
              {t("optin.title", { business: page.businessName })}
            </CardTitle>
            <CardDescription>{t("optin.intro")}</CardDescription>
          </CardHeader>
          <CardContent>
            <OptInForm slug={workspace.slug} businessName={page.businessName} wording={page.wording} countryName={countryName} />
          </CardContent>
        </Card>
      </main>
    </div>
  );
}
