import type { KeyValueArea } from '@/lib/kv-area';
import { type Settings, settingsFrom, settingsSchema } from './schema';

const KEY = 'settings';

/** The stored settings with defaults filled in. */
export async function loadSettings(area: KeyValueArea): Promise<Settings> {
  return settingsFrom((await area.get(KEY))[KEY]);
}

/** Merge `changes` into the stored settings; throws with the zod reason when they are invalid. */
export async function saveSettings(area: KeyValueArea, changes: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings(area)), ...changes });
  await area.set({ [KEY]: next });
  return next;
}
