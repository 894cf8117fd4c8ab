/**
 * Runs one async operation at a time for a panel: tracks busy state, shows progress only when the
 * operation takes longer than half a second (no flicker on fast ones), and keeps the error to show.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { describeError, type ShownError } from "../services/errors";

export const PROGRESS_DELAY_MS = 500;

export interface Operation {
  busy: boolean;
  showProgress: boolean;
  error: ShownError | null;
  clearError(): void;
  run<T>(task: () => Promise<T>): Promise<T | undefined>;
}

export function useOperation(): Operation {
  const [busy, setBusy] = useState(false);
  const [showProgress, setShowProgress] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const run = useCallback(async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    timer.current = setTimeout(() => mounted.current && setShowProgress(true), PROGRESS_DELAY_MS);
    try {
      return await task();
    } catch (caught) {
      if (mounted.current) setError(describeError(caught));
      return undefined;
    } finally {
      if (timer.current) clearTimeout(timer.current);
      if (mounted.current) {
        setBusy(false);
        setShowProgress(false);
      }
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { busy, showProgress, error, clearError, run };
}
