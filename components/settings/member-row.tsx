"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeRoleAction, removeMemberAction } from "@/app/(app)/w/[workspace]/settings/actions";
import { ConfirmAction } from "@/components/common/confirm-action";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Badge } from "@/components/ui/badge";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ROLES, type Role } from "@/lib/tenancy/roles";

type Member = { id: string; name: string | null; email: string; role: Role };

export function MemberRow({ slug, member, isSelf, canManageOwners }: { slug: string; member: Member; isSelf: boolean; canManageOwners: boolean }) {
  const t = useTranslations("settings.team");
  const tr = useTranslations("roles");
  const [roleState, changeRole] = useActionState(changeRoleAction, null);
  const [removeState, remove] = useActionState(removeMemberAction, null);
  const editable = !isSelf && (canManageOwners || member.role !== "owner");
  const roles = canManageOwners ? ROLES : ROLES.filter((r) => r !== "owner");
  return (
    <li className="grid gap-2 py-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="grid min-w-0 gap-0.5">
          <span className="truncate text-sm font-medium">
            {member.name ?? member.email} {isSelf ? <span className="text-muted-foreground">({t("you")})</span> : null}
          </span>
          <span className="truncate text-xs text-muted-foreground">{member.email}</span>
        </div>
        {editable ? (
          <div className="flex items-center gap-2">
            <form action={changeRole} className="flex items-center gap-2">
              <input type="hidden" name="workspace" value={slug} />
              <input type="hidden" name="membershipId" value={member.id} />
              <Select name="role" defaultValue={member.role}>
                <SelectTrigger size="sm" aria-label={t("roleOf", { name: member.name ?? member.email })}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {roles.map((r) => (
                    <SelectItem key={r} value={r}>
                      {tr(r)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <SubmitButton variant="outline">{t("saveRole")}</SubmitButton>
            </form>
            <ConfirmAction
              trigger={t("remove")}
              title={t("removeTitle", { name: member.name ?? member.email })}
              description={t("removeBody")}
              confirmLabel={t("removeConfirm")}
              action={remove}
              fields={{ workspace: slug, membershipId: member.id }}
            />
          </div>
        ) : (
          <Badge variant="secondary">{tr(member.role)}</Badge>
        )}
      </div>
      <FormError state={roleState} />
      <FormError state={removeState} />
    </li>
  );
}
