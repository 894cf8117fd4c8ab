/**
 * Live mode: re-score a moment after the ratings change. Edits arrive in bursts (typing, paste,
 * fill-down), so the re-score waits until they have paused. Changes caused by our own writes
 * (the scorer writes ratio/score/status into the same table) are ignored while a scoring runs and
 * for a short quiet period after it, or live mode would re-score forever.
 */
import { useEffect, useRef } from "react";
import type { AuditService } from "./services";

export const LIVE_DEBOUNCE_MS = 1200;
export const OWN_WRITE_QUIET_MS = 1500;

export function useLiveScoring(
  service: AuditService,
  enabled: boolean,
  rescore: () => Promise<void>,
  onError: (error: unknown) => void
): void {
  // Callbacks through refs: a new callback identity must not re-register the Excel event handler.
  const rescoreRef = useRef(rescore);
  rescoreRef.current = rescore;
  const errorRef = useRef(onError);
  errorRef.current = onError;

  useEffect(() => {
    if (!enabled || !service.watchRatings) return undefined;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let running = false;
    let quietUntil = 0;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;

    const fire = async () => {
      running = true;
      try {
        await rescoreRef.current();
      } finally {
        running = false;
        quietUntil = Date.now() + OWN_WRITE_QUIET_MS;
      }
    };
    const onChange = () => {
      if (running || Date.now() < quietUntil) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void fire(), LIVE_DEBOUNCE_MS);
    };

    const onError = (error: unknown) => errorRef.current(error);
    service.watchRatings(onChange).then(
      (unwatch) => {
        if (cancelled) void unwatch().catch(onError);
        else stop = unwatch;
      },
      (error: unknown) => onError(error)
    );
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (stop) void stop().catch(onError);
    };
  }, [enabled, service]);
}
