import { getFormatter, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/common/forbidden";
import { AutoRefresh } from "@/components/common/auto-refresh";
import { SelfTestButton } from "@/components/workflows/self-test-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { checkExecutor } from "@/lib/health/check-executor";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { listTenantRuns } from "@/lib/workflows/self-test";

const STATUS_VARIANT = { completed: "success", failed: "destructive", cancelled: "outline", running: "secondary", queued: "secondary" } as const;

export default async function WorkflowsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, allowed } = await requireMember((await params).workspace, { roles: MANAGER_ROLES });
  if (!allowed) return <Forbidden role={ctx.role} />;
  const [health, runs, t, format] = await Promise.all([checkExecutor(), listTenantRuns(ctx.tenantId), getTranslations("settings.workflows"), getFormatter()]);
  const active = runs.some((r) => r.status === "running" || r.status === "queued");
  return (
    <div className="grid gap-6">
      <AutoRefresh active={active} />
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("engineTitle")}</CardTitle>
          <CardDescription>{t(`mode.${health.mode}`)}</CardDescription>
          <CardAction>
            <Badge variant={health.ok ? "success" : "warning"}>{health.ok ? t("healthy") : t("notReady")}</Badge>
          </CardAction>
        </CardHeader>
        <CardContent className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
          <p className="text-sm text-muted-foreground">{t("testHelp")}</p>
          <SelfTestButton slug={ctx.tenant.slug} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("runsTitle")}</CardTitle>
          <CardDescription>{health.mode === "embedded" ? t("runsDescription") : t("runsElsewhere")}</CardDescription>
        </CardHeader>
        <CardContent>
          {runs.length ? (
            <ul className="divide-y" aria-label={t("runsTitle")}>
              {runs.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
                  <div className="grid gap-0.5">
                    <span className="text-sm font-medium">{t.has(`functions.${r.functionId}`) ? t(`functions.${r.functionId}`) : r.functionId}</span>
                    <span className="text-xs text-muted-foreground">{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "medium", timeZone: ctx.tenant.timeZone })}</span>
                  </div>
                  <Badge variant={STATUS_VARIANT[r.status as keyof typeof STATUS_VARIANT] ?? "outline"}>{t.has(`status.${r.status}`) ? t(`status.${r.status}`) : r.status}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">{t("noRuns")}</p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
