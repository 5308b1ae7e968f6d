/**
 * The two settings the content script needs, read without zod: the content script's bundle
 * budget is 25 kB gzip, and these two fields are checked by hand just as strictly.
 */
export interface ContentSettings {
  /** Whether RigScout runs on the site with this adapter id. */
  siteEnabled(siteId: string): boolean;
  /** Show a quiet "not a rig" mark on listings that are not rigs. */
  markNonRigs: boolean;
}

/** Read the content script's settings from whatever `storage.local` holds under `settings`. */
export function contentSettingsFrom(stored: unknown): ContentSettings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const sites =
    typeof value.sites === 'object' && value.sites !== null ? (value.sites as Record<string, unknown>) : {};
  return {
    // A site is on unless the user switched it off explicitly.
    siteEnabled: (siteId) => sites[siteId] !== false,
    markNonRigs: typeof value.markNonRigs === 'boolean' ? value.markNonRigs : true,
  };
}
