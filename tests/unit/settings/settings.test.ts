import { describe, expect, it } from 'vitest';
import { memoryArea } from '@/lib/kv-area';
import { DEFAULT_SETTINGS, settingsFrom } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/store';

describe('settings', () => {
  it('falls back to defaults when nothing or garbage is stored', () => {
    expect(settingsFrom(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom('corrupt')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces only the invalid ones', () => {
    const settings = settingsFrom({
      windowDays: 30,
      band: 'wide',
      markNonRigs: false,
      displayCurrency: 'usd',
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, windowDays: 30, markNonRigs: false });
  });

  it('saves a change and refuses an invalid one', async () => {
    const area = memoryArea();
    await saveSettings(area, { band: 0.1 });
    expect((await loadSettings(area)).band).toBe(0.1);
    await expect(saveSettings(area, { band: 3 })).rejects.toThrow();
    expect((await loadSettings(area)).band).toBe(0.1);
  });
});
