import { ExternalLink } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { CopyField } from "./copy-field";

/** The workspace's public opt-in page (`/optin/<slug>`), to copy and share. */
export async function OptInLinkCard({ origin, slug }: { origin: string; slug: string }) {
  const t = await getTranslations("consent");
  const url = `${origin}/optin/${slug}`;
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle as="h2">{t("link.title")}</CardTitle>
        <CardDescription>{t("link.description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2">
        <Label htmlFor="optin-link">{t("link.label")}</Label>
        <CopyField id="optin-link" value={url} />
        <div>
          <Button asChild variant="link" className="px-0">
            <a href={url} target="_blank" rel="noreferrer">
              <ExternalLink aria-hidden />
              {t("link.open")}
            </a>
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
