"use client";

import { List } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { sendAsTestCustomerAction } from "@/app/(app)/w/[workspace]/playground/actions";
import { FormError } from "@/components/common/form-error";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { ListMessage } from "@/lib/whatsapp/providers/types";
import { TargetFields } from "./target-fields";
import { usePlaygroundAction } from "./use-playground-action";

type Props = { slug: string; channelId: string; replyTo: string | null; button: string; sections: ListMessage["sections"] };

/**
 * A list message's button, as on WhatsApp: it opens a sheet with the sections and their rows;
 * choosing a row sends the customer's `list_reply` quoting the list message.
 */
export function ListPicker({ slug, channelId, replyTo, button, sections }: Props) {
  const t = useTranslations("testPhone");
  const [open, setOpen] = useState(false);
  const [state, action, pending] = usePlaygroundAction(sendAsTestCustomerAction, { onSuccess: () => setOpen(false) });
  const base = useId();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <button type="button" disabled={!replyTo} className="flex w-full items-center justify-center gap-1.5 border-t border-black/10 pt-2 text-sm font-medium text-[#027eb5] disabled:opacity-60">
          <List className="size-4" aria-hidden />
          {button}
        </button>
      </DialogTrigger>
      <DialogContent className="max-w-sm">
        <DialogHeader>
          <DialogTitle>{button}</DialogTitle>
          <DialogDescription>{t("listHint")}</DialogDescription>
        </DialogHeader>
        <div className="grid max-h-[60vh] gap-4 overflow-y-auto">
          {sections.map((section, i) => (
            <section key={i} aria-label={section.title ?? button} className="grid gap-1">
              {section.title ? <h3 className="text-xs font-semibold uppercase tracking-wide text-[#008069]">{section.title}</h3> : null}
              {section.rows.map((row) => (
                <form key={row.id} action={action}>
                  <TargetFields slug={slug} channelId={channelId} kind="list_reply" />
                  <input type="hidden" name="replyTo" value={replyTo ?? ""} />
                  <input type="hidden" name="id" value={row.id} />
                  <input type="hidden" name="title" value={row.title} />
                  {row.description ? <input type="hidden" name="description" value={row.description} /> : null}
                  <button
                    type="submit"
                    disabled={pending || !replyTo}
                    aria-label={row.title}
                    aria-describedby={row.description ? `${base}-${row.id}` : undefined}
                    className="grid w-full gap-0.5 rounded-md px-3 py-2 text-left hover:bg-muted disabled:opacity-60"
                  >
                    <span className="text-sm font-medium">{row.title}</span>
                    {row.description ? (
                      <span id={`${base}-${row.id}`} className="text-xs text-muted-foreground">
                        {row.description}
                      </span>
                    ) : null}
                  </button>
                </form>
              ))}
            </section>
          ))}
        </div>
        <FormError state={state} />
      </DialogContent>
    </Dialog>
  );
}
