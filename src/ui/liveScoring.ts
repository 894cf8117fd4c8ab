/**
 * Live mode without React: re-score a moment after the ratings change. Edits arrive in bursts
 * (typing, paste, fill-down), so the re-score waits until they pause. The workbook port reports
 * only edits of the rating columns that the product did not make itself (decided from each event's
 * address, so no quiet period after our own writes is needed, however late Excel delivers their
 * events). An edit during a running scoring schedules one more scoring after it.
 */
export const LIVE_DEBOUNCE_MS = 1200;

export interface LiveScoringDeps {
  watch(onChange: () => void): Promise<() => Promise<void>>;
  rescore(): Promise<void>;
  onError(error: unknown): void;
  debounceMs?: number;
}

/** Starts watching; the returned function stops it (and any scoring still waiting). */
export function startLiveScoring(deps: LiveScoringDeps): () => void {
  const debounce = deps.debounceMs ?? LIVE_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let stop: (() => Promise<void>) | null = null;
  let stopped = false;

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void fire(), debounce);
  };
  const fire = async () => {
    timer = null;
    if (stopped) return;
    running = true;
    try {
      await deps.rescore();
    } catch (error) {
      deps.onError(error);
    } finally {
      running = false;
    }
    if (again && !stopped) {
      again = false;
      schedule();
    }
  };
  const onChange = () => {
    if (running) again = true;
    else schedule();
  };

  deps.watch(onChange).then(
    (unwatch) => {
      if (stopped) void unwatch().catch(deps.onError);
      else stop = unwatch;
    },
    (error: unknown) => deps.onError(error)
  );
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (stop) void stop().catch(deps.onError);
  };
}
