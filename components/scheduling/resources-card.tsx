import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { BookableService, ResourceRow } from "@/lib/business/scheduling-resources";
import { AddResourceForm } from "./add-resource-form";
import { ResourceRowItem } from "./resource-row";

/** Who (or which room) takes appointments, and which services each does. */
export async function ResourcesCard({ resources, services, slug, canEdit }: { resources: ResourceRow[]; services: BookableService[]; slug: string; canEdit: boolean }) {
  const t = await getTranslations("operations.resources");
  const options = services.map((s) => ({ id: s.id, name: s.name }));
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {resources.length ? (
          <ul className="divide-y">
            {resources.map((r) => (
              <ResourceRowItem key={r.id} slug={slug} resource={{ id: r.id, name: r.name, kind: r.kind, serviceIds: r.serviceIds }} services={options} canEdit={canEdit} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{t("none")}</p>
        )}
        {canEdit ? <AddResourceForm slug={slug} services={options} /> : null}
      </CardContent>
    </Card>
  );
}
