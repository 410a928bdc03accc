import { BarChart3, CalendarDays, FlaskConical, Inbox, LayoutTemplate, Megaphone, Package, Settings, Sparkles, Users } from "lucide-react";
import { MANAGER_ROLES, type Role } from "@/lib/tenancy/roles";

export type NavItem = { key: string; segment: string; icon: typeof Inbox; roles?: readonly Role[] };

/** The sidebar, in order. `key` names the label in the `nav` catalog, or is a full catalog path ("operations.nav.orders") for a label kept in a feature's own part. */
export const NAV_ITEMS: NavItem[] = [
  { key: "inbox", segment: "inbox", icon: Inbox },
  { key: "contacts", segment: "contacts", icon: Users },
  { key: "operations.nav.appointments", segment: "appointments", icon: CalendarDays },
  { key: "operations.nav.orders", segment: "orders", icon: Package },
  { key: "operations.nav.leads", segment: "leads", icon: Sparkles },
  { key: "templates", segment: "templates", icon: LayoutTemplate },
  { key: "campaigns", segment: "campaigns", icon: Megaphone },
  { key: "analytics", segment: "analytics", icon: BarChart3 },
  { key: "playground", segment: "playground", icon: FlaskConical },
  { key: "settings", segment: "settings", icon: Settings, roles: MANAGER_ROLES },
];
