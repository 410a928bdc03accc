import { Inbox } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { ConversationList } from "@/components/inbox/conversation-list";
import { EmptyState } from "@/components/ui/empty-state";
import { CONVERSATION_STATUSES, listInbox, type ConversationStatus } from "@/lib/conversations/queries";
import { requireMember } from "@/lib/tenancy/require-member";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { cn } from "@/lib/utils";

export default async function InboxPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ status?: string }> }) {
  const [{ workspace }, { status: rawStatus }] = await Promise.all([params, searchParams]);
  const { ctx } = await requireMember(workspace);
  const status: ConversationStatus = CONVERSATION_STATUSES.includes(rawStatus as ConversationStatus) ? (rawStatus as ConversationStatus) : "open";
  const [rows, t] = await Promise.all([withTenant(ctx.tenantId, (tx) => listInbox(tx, ctx, status)), getTranslations("inbox")]);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-4 p-6">
        <nav aria-label={t("filterLabel")} className="flex gap-1 rounded-lg bg-muted p-1 text-sm sm:w-fit">
          {CONVERSATION_STATUSES.map((s) => (
            <Link
              key={s}
              href={`/w/${workspace}/inbox?status=${s}`}
              aria-current={s === status ? "page" : undefined}
              className={cn("flex-1 rounded-md px-3 py-1.5 text-center font-medium text-muted-foreground", s === status && "bg-background text-foreground shadow-sm")}
            >
              {t(`status.${s}`)}
            </Link>
          ))}
        </nav>
        {rows.length ? (
          <ConversationList rows={rows} timeZone={ctx.tenant.timeZone} />
        ) : (
          <EmptyState icon={<Inbox />} title={t(`empty.${status}.title`)} description={t(`empty.${status}.body`)} />
        )}
      </div>
    </>
  );
}
