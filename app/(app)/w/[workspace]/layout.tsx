import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChannelAlert } from "@/components/channels/channel-alert";
import { Logo } from "@/components/shell/logo";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { UserMenu } from "@/components/shell/user-menu";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { requireUser } from "@/lib/auth/session";
import { isTheme, THEME_COOKIE } from "@/lib/i18n/theme";
import { requireMember } from "@/lib/tenancy/require-member";
import { withUser } from "@/lib/tenancy/with-tenant";
import { listUserWorkspaces } from "@/lib/tenancy/workspaces";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { ctx } = await requireMember(slug);
  const user = await requireUser();
  const [workspaces, cookieStore, t] = await Promise.all([withUser(user.id, (tx) => listUserWorkspaces(tx, user.id)), cookies(), getTranslations("shell")]);
  const themeCookie = cookieStore.get(THEME_COOKIE)?.value;
  const current = { slug, name: ctx.tenant.name, role: ctx.role };

  return (
    <div className="flex min-h-dvh flex-col md:flex-row">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:p-2">
        {t("skipToContent")}
      </a>
      <aside className="flex shrink-0 flex-col gap-2 border-b bg-sidebar p-3 text-sidebar-foreground md:sticky md:top-0 md:h-dvh md:w-64 md:border-b-0 md:border-r">
        <Link href={`/w/${slug}/inbox`} className="hidden px-2 py-1 md:block" aria-label="Hilo">
          <Logo />
        </Link>
        <WorkspaceSwitcher current={current} workspaces={workspaces} />
        <div className="hidden md:block">
          <SidebarNav slug={slug} role={ctx.role} />
        </div>
        <div className="md:hidden">
          <SidebarNav slug={slug} role={ctx.role} orientation="horizontal" />
        </div>
        <div className="mt-auto hidden md:block">
          <UserMenu name={user.name} email={user.email} theme={isTheme(themeCookie) ? themeCookie : "system"} />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1">
        <ChannelAlert ctx={ctx} />
        {children}
      </main>
      <div className="border-t p-2 md:hidden">
        <UserMenu name={user.name} email={user.email} theme={isTheme(themeCookie) ? themeCookie : "system"} />
      </div>
    </div>
  );
}
