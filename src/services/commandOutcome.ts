/**
 * The ribbon's Score now runs without a pane or dialog, so its outcome is kept here (localStorage,
 * shared by the command and pane pages of the same origin) for the task pane to show when opened.
 */
export interface CommandOutcome {
  time: string;
  ok: boolean;
  stars?: number;
  message?: string;
  hint?: string;
}

const KEY = "epm-star-scorer.lastCommand";

function storage(): Storage | null {
  try {
    return typeof localStorage !== "undefined" ? localStorage : null;
  } catch {
    // Some webviews throw on any access to storage when it is disabled; nothing can be kept then.
    return null;
  }
}

export function saveOutcome(outcome: CommandOutcome): void {
  storage()?.setItem(KEY, JSON.stringify(outcome));
}

/** The last outcome, once: reading clears it so the pane does not show it again. */
export function takeOutcome(): CommandOutcome | null {
  const store = storage();
  const text = store?.getItem(KEY);
  if (!store || !text) return null;
  store.removeItem(KEY);
  try {
    return JSON.parse(text) as CommandOutcome;
  } catch {
    return null;
  }
}
