import { Search } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** Searches the FAQs as the assistant does (a GET form: the query stays in the address). */
export async function KnowledgeSearchBox({ slug, query }: { slug: string; query: string }) {
  const t = await getTranslations("business.knowledge");
  return (
    <form method="get" action={`/w/${slug}/settings/knowledge`} role="search" className="flex flex-wrap items-center gap-2">
      <label htmlFor="faq-search" className="sr-only">
        {t("searchLabel")}
      </label>
      <Input id="faq-search" name="q" type="search" defaultValue={query} maxLength={500} placeholder={t("searchPlaceholder")} className="min-w-64 flex-1" />
      <Button type="submit" variant="secondary">
        <Search aria-hidden />
        {t("search")}
      </Button>
      {query ? (
        <Button asChild variant="ghost">
          <Link href={`/w/${slug}/settings/knowledge`}>{t("clear")}</Link>
        </Button>
      ) : null}
    </form>
  );
}
