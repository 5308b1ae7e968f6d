/**
 * The slice of a `browser.storage` area RigScout uses, so modules can be tested against a Map
 * and run against `storage.local` / `storage.session` in the extension.
 */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** An in-memory area (tests, the command line). */
export function memoryArea(): KeyValueArea {
  const data = new Map<string, unknown>();
  return {
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(key) {
      data.delete(key);
    },
  };
}
