"use client";

import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { replyAsBusinessAction } from "@/app/(app)/w/[workspace]/playground/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { echoed } from "@/components/common/form-values";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { type ComposerTarget, TargetFields } from "./target-fields";
import { usePlaygroundAction } from "./use-playground-action";

const MAX_ROWS = 10;
type Row = { key: number; title: string; description: string };
const blank = (key: number): Row => ({ key, title: "", description: "" });

/**
 * A list message: body, the label of the button that opens it, an optional section title and up
 * to 10 options (title and optional description), within WhatsApp's lengths.
 */
export function BusinessListForm(target: ComposerTarget) {
  const t = useTranslations("sending.composer");
  const id = useId();
  const [rows, setRows] = useState<Row[]>([blank(1), blank(2)]);
  const [next, setNext] = useState(3);
  const [state, action, pending] = usePlaygroundAction(replyAsBusinessAction, {
    onSuccess: () => {
      setRows([blank(next), blank(next + 1)]);
      setNext(next + 2);
    },
  });
  const edit = (key: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <form action={action} className="grid gap-3">
      <TargetFields {...target} kind="list" />
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-body`}>{t("body")}</Label>
        <Textarea id={`${id}-body`} name="body" required maxLength={4096} rows={2} defaultValue={echoed(state, "body")} />
        <FieldError state={state} name="body" />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-button`}>{t("listButton")}</Label>
          <Input id={`${id}-button`} name="button" required maxLength={20} autoComplete="off" defaultValue={echoed(state, "button")} />
          <FieldError state={state} name="button" />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-section`}>{t("sectionTitle")}</Label>
          <Input id={`${id}-section`} name="sectionTitle" maxLength={24} autoComplete="off" defaultValue={echoed(state, "sectionTitle")} />
        </div>
      </div>
      <p className="text-xs text-muted-foreground">{t("listHint")}</p>
      <ol className="grid gap-2">
        {rows.map((row, i) => (
          <li key={row.key} className="grid items-end gap-2 sm:grid-cols-[1fr_1.5fr_auto]">
            <div className="grid gap-1.5">
              <Label htmlFor={`${id}-t${row.key}`}>{t("rowTitle", { n: i + 1 })}</Label>
              <Input id={`${id}-t${row.key}`} name="rowTitle" required={i === 0} maxLength={24} autoComplete="off" value={row.title} onChange={(e) => edit(row.key, { title: e.target.value })} />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={`${id}-d${row.key}`}>{t("rowDescription", { n: i + 1 })}</Label>
              <Input id={`${id}-d${row.key}`} name="rowDescription" maxLength={72} autoComplete="off" value={row.description} onChange={(e) => edit(row.key, { description: e.target.value })} />
            </div>
            <Button type="button" variant="ghost" size="icon" disabled={rows.length === 1} aria-label={t("removeRow", { n: i + 1 })} onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
              <X aria-hidden />
            </Button>
          </li>
        ))}
      </ol>
      <FieldError state={state} name="rowTitle" />
      <FieldError state={state} name="rowDescription" />
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="justify-self-start"
        disabled={rows.length >= MAX_ROWS}
        onClick={() => {
          setRows((all) => [...all, blank(next)]);
          setNext(next + 1);
        }}
      >
        <Plus aria-hidden />
        {t("addRow")}
      </Button>
      <FormError state={state} />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {t("send")}
      </Button>
    </form>
  );
}
