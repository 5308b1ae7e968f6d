import { describe, expect, it } from 'vitest';
import { contentSettingsFrom } from '@/lib/settings/content-settings';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

describe('content settings', () => {
  it('agrees with the defaults when nothing is stored', () => {
    const settings = contentSettingsFrom(undefined);
    expect(settings.markNonRigs).toBe(DEFAULT_SETTINGS.markNonRigs);
    expect(settings.siteEnabled('goofish')).toBe(true);
  });

  it('reads the switches and ignores values of the wrong type', () => {
    const settings = contentSettingsFrom({ sites: { ebay: false, goofish: 'no' }, markNonRigs: false });
    expect(settings.siteEnabled('ebay')).toBe(false);
    expect(settings.siteEnabled('goofish')).toBe(true);
    expect(settings.markNonRigs).toBe(false);
    expect(contentSettingsFrom({ markNonRigs: 'yes', sites: 5 }).markNonRigs).toBe(true);
  });
});
