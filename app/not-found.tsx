import { SearchX } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      <EmptyState icon={<SearchX />} title={t("title")} titleAs="h1" description={t("body")} className="max-w-lg border-none">
        <Button asChild>
          <Link href="/">{t("home")}</Link>
        </Button>
      </EmptyState>
    </main>
  );
}
