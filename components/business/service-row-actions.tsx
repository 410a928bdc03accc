import { ServiceDeleteButton } from "./service-delete-button";
import { ServiceDialog, type EditableService } from "./service-dialog";

/** Edit and delete for one service row. */
export function ServiceRowActions({ slug, service, language }: { slug: string; service: EditableService; language: "es" | "en" }) {
  return (
    <div className="flex items-start justify-end gap-2">
      <ServiceDialog slug={slug} service={service} language={language} />
      <ServiceDeleteButton slug={slug} id={service.id} name={service.name} />
    </div>
  );
}
