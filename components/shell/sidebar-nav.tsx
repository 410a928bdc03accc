"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { hasRole, type Role } from "@/lib/tenancy/roles";
import { cn } from "@/lib/utils";
import { NAV_ITEMS } from "./nav-items";

export function SidebarNav({ slug, role, orientation = "vertical" }: { slug: string; role: Role; orientation?: "vertical" | "horizontal" }) {
  const t = useTranslations("nav");
  const tAll = useTranslations();
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className={cn("flex gap-1", orientation === "vertical" ? "flex-col" : "flex-row overflow-x-auto")}>
      {NAV_ITEMS.filter((item) => hasRole(role, item.roles)).map(({ key, segment, icon: Icon }) => {
        const href = `/w/${slug}/${segment}`;
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={key}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex shrink-0 items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-sidebar-foreground/80 transition-colors hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sidebar-ring",
              active && "bg-sidebar-accent text-sidebar-accent-foreground",
            )}
          >
            <Icon className="size-4" aria-hidden />
            {key.includes(".") ? tAll(key) : t(key)}
          </Link>
        );
      })}
    </nav>
  );
}
