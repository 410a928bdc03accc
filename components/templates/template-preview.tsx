"use client";

import { Copy, ExternalLink, List, Reply } from "lucide-react";
import { useTranslations } from "next-intl";
import { fillExamples } from "@/lib/templates/compose";
import type { TemplateCategory } from "@/lib/templates/definition";
import { variablesIn } from "@/lib/templates/variables";

export type PreviewTemplate = {
  category: TemplateCategory;
  headerText: string;
  headerExample: string;
  body: string;
  examples: Record<string, string>;
  footer: string;
  quickReplies: string[];
  urlButtonText: string | null;
};

type PreviewButton = { kind: "reply" | "url" | "copy" | "all"; text: string };
const ICONS = { reply: Reply, url: ExternalLink, copy: Copy, all: List };

/**
 * The template as the customer will see it in WhatsApp, example values in place of the variables.
 * Like WhatsApp, more than three buttons collapse into "see all options" after the second.
 */
export function TemplatePreview({ template, businessName }: { template: PreviewTemplate; businessName: string }) {
  const t = useTranslations("templates.form");
  const auth = template.category === "AUTHENTICATION";
  const headerVariable = variablesIn(template.headerText)[0];
  const header = auth ? "" : fillExamples(template.headerText.trim(), headerVariable ? { [headerVariable]: template.headerExample } : {});
  const body = auth ? t("authPreview", { code: "123456" }) : fillExamples(template.body.trim(), template.examples);
  const footer = auth ? "" : template.footer.trim();
  let buttons: PreviewButton[] = auth
    ? [{ kind: "copy", text: t("copyCode") }]
    : [...template.quickReplies.filter((q) => q.trim()).map((text) => ({ kind: "reply" as const, text })), ...(template.urlButtonText?.trim() ? [{ kind: "url" as const, text: template.urlButtonText }] : [])];
  if (buttons.length > 3) buttons = [...buttons.slice(0, 2), { kind: "all", text: t("seeAllOptions") }];

  return (
    <section aria-label={t("preview")} className="overflow-hidden rounded-2xl border bg-[#efeae2] shadow-sm">
      <header className="flex items-center gap-3 bg-[#008069] px-4 py-3 text-white">
        <span aria-hidden className="flex size-8 items-center justify-center rounded-full bg-white/20 text-sm font-semibold">
          {businessName.slice(0, 1)}
        </span>
        <span className="text-sm font-semibold">{businessName}</span>
      </header>
      <div className="grid min-h-48 content-start gap-1 p-4">
        {body || header ? (
          <>
            <div className="grid max-w-[90%] gap-1 rounded-lg rounded-tl-sm bg-white px-3 py-2 text-sm text-[#111b21] shadow-sm">
              {header ? <p className="font-semibold break-words">{header}</p> : null}
              {body ? <p className="break-words whitespace-pre-wrap">{body}</p> : null}
              {footer ? <p className="text-xs break-words text-[#667781]">{footer}</p> : null}
            </div>
            {buttons.map((b, i) => {
              const Icon = ICONS[b.kind];
              return (
                <div key={i} className="flex max-w-[90%] items-center justify-center gap-1.5 rounded-lg bg-white px-3 py-2 text-sm font-medium text-[#027eb5] shadow-sm">
                  <Icon className="size-4" aria-hidden />
                  <span className="truncate">{b.text}</span>
                </div>
              );
            })}
          </>
        ) : (
          <p className="m-auto max-w-56 py-10 text-center text-sm text-[#667781]">{t("previewEmpty")}</p>
        )}
      </div>
    </section>
  );
}
