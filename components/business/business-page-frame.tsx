import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";

/**
 * Managers see these pages inside the settings layout (header and tabs); agents, who may read but
 * not change the business's data, get the layout's bare children, so the page brings its own header.
 */
export async function BusinessPageFrame({ canManage, title, description, children }: { canManage: boolean; title: string; description: string; children: React.ReactNode }) {
  if (canManage)
    return (
      <div className="grid gap-6">
        <p className="text-sm text-muted-foreground">{description}</p>
        {children}
      </div>
    );
  const t = await getTranslations("business");
  return (
    <>
      <PageHeader title={title} description={description} />
      <div className="grid max-w-4xl gap-6 p-6">
        <p className="text-sm text-muted-foreground">{t("readOnly")}</p>
        {children}
      </div>
    </>
  );
}
