"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { testMessageStatusAction } from "@/app/(app)/w/[workspace]/settings/channels/actions";
import type { TestMessageStatus } from "@/lib/whatsapp/test-message";

const POLL_MS = 1500;
const GIVE_UP_MS = 30_000;
// Meta's template errors (fact sheet §8.2) and Hilo's own checks before sending (lib/messaging/send-gates).
const TEMPLATE_CODES = new Set(["132000", "132001", "132005", "132007", "132012", "132015", "132016", "template_not_approved", "template_variables"]);
const CONSENT_CODES = new Set(["no_marketing_consent", "opted_out", "131050"]);

type Shown = { state: "pending" } | { state: "sent" } | { state: "queued" } | { state: "failed"; code: string };

/**
 * Follows a test message from queued to sent or failed (the send runs in the background workflow)
 * and says what happened; a send still queued after half a minute is left to the inbox.
 */
export function TestMessageOutcome({ slug, messageId }: { slug: string; messageId: string }) {
  const t = useTranslations("channelHealth");
  const [shown, setShown] = useState<Shown>({ state: "pending" });
  useEffect(() => {
    let stopped = false;
    const started = Date.now();
    const poll = async () => {
      if (stopped) return;
      const fd = new FormData();
      fd.set("workspace", slug);
      fd.set("messageId", messageId);
      const res = await testMessageStatusAction(null, fd).catch(() => null);
      if (stopped) return;
      const next = res?.ok ? outcomeOf(res.data) : null;
      if (next) return setShown(next);
      if (Date.now() - started > GIVE_UP_MS) return setShown({ state: "queued" });
      setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [slug, messageId]);

  if (shown.state === "pending") return <p role="status" className="text-sm text-muted-foreground">{t("sending")}</p>;
  if (shown.state === "sent") return <p role="status" className="text-sm text-success">{t("sent")}</p>;
  if (shown.state === "queued") return <p role="status" className="text-sm text-muted-foreground">{t("stillQueued")}</p>;
  const { code } = shown;
  return (
    <p role="alert" className="text-sm text-destructive">
      {failureText(t, code)}
    </p>
  );
}

function failureText(t: ReturnType<typeof useTranslations>, code: string): string {
  if (code === "131047") return t("failedWindowClosed");
  if (code === "190") return t("failedToken");
  if (code === "131026") return t("failedNotOnWhatsapp");
  if (code === "tier_limit") return t("failedTierLimit");
  if (CONSENT_CODES.has(code)) return t("failedNoConsent");
  if (TEMPLATE_CODES.has(code)) return t("failedTemplate");
  return t("failedOther", { code });
}

function outcomeOf(s: TestMessageStatus): Shown | null {
  if (s.status === "failed") return { state: "failed", code: s.errorCode ?? "?" };
  return s.status === "pending" ? null : { state: "sent" };
}
