/** Live mode in the Score panel: startLiveScoring (liveScoring.ts) while the switch is on. */
import { useEffect, useRef } from "react";
import { startLiveScoring } from "./liveScoring";
import type { AuditService } from "../services/auditService";

export { LIVE_DEBOUNCE_MS } from "./liveScoring";

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
    const watch = service.watchRatings?.bind(service);
    if (!enabled || !watch) return undefined;
    return startLiveScoring({
      watch: (onChange) => watch(onChange),
      rescore: () => rescoreRef.current(),
      onError: (error) => errorRef.current(error),
    });
  }, [enabled, service]);
}
