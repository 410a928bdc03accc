import { BarChart3, FlaskConical, Inbox, LayoutTemplate, Megaphone, Settings, Users } from "lucide-react";
import { MANAGER_ROLES, type Role } from "@/lib/tenancy/roles";

export type NavItem = { key: string; segment: string; icon: typeof Inbox; roles?: readonly Role[] };

/** The sidebar, in order. `key` names the label in the `nav` catalog. */
export const NAV_ITEMS: NavItem[] = [
  { key: "inbox", segment: "inbox", icon: Inbox },
  { key: "contacts", segment: "contacts", icon: Users },
  { key: "templates", segment: "templates", icon: LayoutTemplate },
  { key: "campaigns", segment: "campaigns", icon: Megaphone },
  { key: "analytics", segment: "analytics", icon: BarChart3 },
  { key: "playground", segment: "playground", icon: FlaskConical },
  { key: "settings", segment: "settings", icon: Settings, roles: MANAGER_ROLES },
];
