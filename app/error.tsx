"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main className="flex min-h-[60dvh] items-center justify-center p-6">
      <EmptyState icon={<TriangleAlert />} title={t("title")} titleAs="h1" description={t("body")} className="max-w-lg border-none">
        <Button onClick={reset}>{t("retry")}</Button>
      </EmptyState>
    </main>
  );
}
