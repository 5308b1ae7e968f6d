import { countryName, subdivisionName } from '@/lib/region';
import type { Lang } from './locale';
import { t } from './messages';

/**
 * A region code as the user reads it: "CN-SC" → "四川" / "Sichuan", "CN" → "中国" / "China",
 * null or empty → "all regions". An unknown code is shown as the code itself.
 */
export function regionLabel(code: string | null | undefined, lang: Lang): string {
  if (!code) return t(lang, 'badge.allRegions');
  return (code.includes('-') ? subdivisionName(code, lang) : countryName(code, lang)) ?? code;
}
