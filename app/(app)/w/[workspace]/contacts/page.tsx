import { Users } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { RelativeTime } from "@/components/common/relative-time";
import { OptInLinkCard } from "@/components/consent/opt-in-link-card";
import { ImportContactsForm } from "@/components/contacts/import-contacts-form";
import { MarketingState } from "@/components/contacts/marketing-state";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { consentStates } from "@/lib/consent/ledger";
import { listContacts } from "@/lib/contacts/queries";
import { appOrigin } from "@/lib/http/app-origin";
import { requireMember } from "@/lib/tenancy/require-member";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { cn } from "@/lib/utils";

export default async function ContactsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { ctx } = await requireMember(workspace);
  const canImport = hasRole(ctx.role, MANAGER_ROLES);
  const [{ rows, states }, origin] = await Promise.all([
    withTenant(ctx.tenantId, async (tx) => {
      const rows = await listContacts(tx, ctx);
      return { rows, states: await consentStates(tx, ctx.tenantId, rows.map((r) => r.id)) };
    }),
    appOrigin(),
  ]);
  const t = await getTranslations("contacts");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 p-6">
        <div className={cn("grid items-start gap-6", canImport && "lg:grid-cols-2")}>
          <OptInLinkCard origin={origin} slug={ctx.tenant.slug} />
          {canImport ? <ImportContactsForm slug={ctx.tenant.slug} /> : null}
        </div>
        {rows.length ? (
          <div className="rounded-xl border bg-card">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("name")}</TableHead>
                  <TableHead>{t("phone")}</TableHead>
                  <TableHead>{t("marketing")}</TableHead>
                  <TableHead>{t("lastMessage")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((c) => (
                  <TableRow key={c.id}>
                    <TableCell className="font-medium">{c.name ?? c.profileName ?? "—"}</TableCell>
                    <TableCell className="tabular-nums">+{c.waId}</TableCell>
                    <TableCell>
                      <MarketingState state={states.get(c.id)?.marketing} timeZone={ctx.tenant.timeZone} />
                    </TableCell>
                    <TableCell className="text-muted-foreground">{c.lastInboundAt ? <RelativeTime date={c.lastInboundAt} timeZone={ctx.tenant.timeZone} /> : "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : (
          <EmptyState icon={<Users />} title={t("emptyTitle")} description={t("emptyBody")} />
        )}
      </div>
    </>
  );
}
