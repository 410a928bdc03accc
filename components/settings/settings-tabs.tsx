"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

const TABS = [
  { key: "general", path: "" },
  { key: "team", path: "/team" },
  { key: "channels", path: "/channels" },
  { key: "assistant", path: "/assistant" },
  { key: "business", path: "/business" },
  { key: "knowledge", path: "/knowledge" },
  { key: "services", path: "/services" },
  { key: "workflows", path: "/workflows" },
  { key: "billing", path: "/billing" },
] as const;

export function SettingsTabs({ slug }: { slug: string }) {
  const t = useTranslations("settings.tabs");
  const ta = useTranslations("assistant");
  const tb = useTranslations("business.tabs");
  const pathname = usePathname();
  const base = `/w/${slug}/settings`;
  return (
    <nav aria-label={t("label")} className="flex gap-1 overflow-x-auto border-b px-6">
      {TABS.map(({ key, path }) => {
        const href = base + path;
        const active = pathname === href;
        return (
          <Link
            key={key}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn("-mb-px border-b-2 border-transparent px-3 py-2.5 text-sm font-medium text-muted-foreground hover:text-foreground", active && "border-primary text-foreground")}
          >
            {key === "assistant" ? ta("tab") : key === "business" || key === "knowledge" || key === "services" ? tb(key) : t(key)}
          </Link>
        );
      })}
    </nav>
  );
}
