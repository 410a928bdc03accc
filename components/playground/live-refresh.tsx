"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/**
 * Keeps the playground live: re-renders the page's server components every `everyMs` while the
 * tab is visible, so the business's replies, ticks and downloaded media show up on their own.
 * Paused while the tab is hidden (and refreshed at once on return); a refresh still running is
 * never stacked with another. Client state (what is typed, an open dialog) survives a refresh.
 */
export function LiveRefresh({ everyMs = 2000 }: { everyMs?: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const busy = useRef(false);
  useEffect(() => {
    busy.current = pending;
  }, [pending]);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const refresh = () => {
      if (busy.current || document.visibilityState !== "visible") return;
      startTransition(() => router.refresh());
    };
    const stop = () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    };
    const start = () => {
      stop();
      if (document.visibilityState === "visible") timer = setInterval(refresh, everyMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") {
        refresh();
        start();
      } else stop();
    };
    start();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stop();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [everyMs, router]);

  return null;
}
