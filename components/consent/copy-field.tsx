"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A read-only value with a button that copies it. */
export function CopyField({ id, value }: { id: string; value: string }) {
  const t = useTranslations("consent");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(value);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="flex gap-2">
      <Input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      <Button type="button" variant="outline" onClick={copy} aria-live="polite">
        {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
        {copied ? t("link.copied") : t("link.copy")}
      </Button>
    </div>
  );
}
