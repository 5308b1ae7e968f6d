import { countryName, subdivisionName } from '@/lib/region';
import { ALL_REGIONS } from './all-regions';
import type { Lang } from './locale';

/**
 * A region code as the user reads it: "CN-SC" → "四川" / "Sichuan", "CN" → "中国" / "China",
 * null or empty → "all regions". An unknown code is shown as the code itself.
 */
export function regionLabel(code: string | null | undefined, lang: Lang): string {
  if (!code) return ALL_REGIONS[lang];
  return (code.includes('-') ? subdivisionName(code, lang) : countryName(code, lang)) ?? code;
}
