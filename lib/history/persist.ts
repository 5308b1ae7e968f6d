/**
 * Persistent storage: without it the browser may evict the whole history under disk pressure.
 * `persist()` exists only in windows (options page, popup), not in the service worker, so the
 * background asks through whatever StorageManager it is given and reports `unsupported` when it
 * cannot; `persisted()` works everywhere.
 */

/** The part of `navigator.storage` the history uses. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

/** The current context's StorageManager, if any. */
export function currentStorageManager(): StorageManagerLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;
}

/** Ask for persistent storage: `granted`, `denied`, or `unsupported` here. Never throws. */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = currentStorageManager(),
): Promise<'granted' | 'denied' | 'unsupported'> {
  try {
    if (storage?.persisted && (await storage.persisted())) return 'granted';
    if (!storage?.persist) return 'unsupported';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Whether storage is persistent, and usage/quota in bytes; nulls where unknown. Never throws. */
export async function storageEstimate(
  storage: StorageManagerLike | undefined = currentStorageManager(),
): Promise<{
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}> {
  let persisted: boolean | null = null;
  let usageBytes: number | null = null;
  let quotaBytes: number | null = null;
  try {
    if (storage?.persisted) persisted = await storage.persisted();
  } catch {
    // Unknown.
  }
  try {
    const estimate = storage?.estimate ? await storage.estimate() : undefined;
    usageBytes = estimate?.usage ?? null;
    quotaBytes = estimate?.quota ?? null;
  } catch {
    // Unknown.
  }
  return { persisted, usageBytes, quotaBytes };
}
