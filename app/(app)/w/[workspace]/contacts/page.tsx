import { Users } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { RelativeTime } from "@/components/common/relative-time";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listContacts } from "@/lib/contacts/queries";
import { requireMember } from "@/lib/tenancy/require-member";
import { withTenant } from "@/lib/tenancy/with-tenant";

export default async function ContactsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { ctx } = await requireMember(workspace);
  const [rows, t] = await Promise.all([withTenant(ctx.tenantId, (tx) => listContacts(tx, ctx)), getTranslations("contacts")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="p-6">
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
                      <Badge variant={c.marketing === "opted_in" ? "success" : c.marketing === "opted_out" ? "destructive" : "outline"}>
                        {t(`consent.${c.marketing ?? "unknown"}`)}
                      </Badge>
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
