/**
 * A history operation that failed and changed nothing. `message` is written for the user (the
 * options page and popup show it as is); `cause` keeps the underlying DOMException.
 */
export class HistoryStoreError extends Error {
  override name = 'HistoryStoreError';
}

/** Turn whatever aborted a transaction into a HistoryStoreError with a user-facing message. */
export function historyError(what: string, cause: unknown): HistoryStoreError {
  if (cause instanceof HistoryStoreError) return cause;
  const name = (cause as { name?: unknown } | null)?.name;
  const message =
    name === 'QuotaExceededError'
      ? `Browser storage is full, so ${what} was not saved. Free some disk space, or export the history and clear old data, then try again.`
      : `${capitalise(what)} failed and nothing was changed (${describe(cause)}).`;
  return new HistoryStoreError(message, { cause });
}

function describe(cause: unknown): string {
  if (cause instanceof Error || (typeof cause === 'object' && cause !== null && 'message' in cause)) {
    const { name, message } = cause as { name?: string; message?: string };
    return [name, message].filter(Boolean).join(': ') || 'unknown error';
  }
  return String(cause);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
