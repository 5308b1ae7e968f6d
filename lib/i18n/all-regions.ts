import type { Lang } from './locale';

/**
 * "All regions" in each language. Its own module because the background names regions for the
 * badges without the rest of the UI's strings (its bundle budget is tight); messages.ts uses it too.
 */
export const ALL_REGIONS: Record<Lang, string> = { en: 'all regions', zh: '全部地区' };
