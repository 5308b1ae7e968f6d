/** The two languages RigScout speaks. */
export type Lang = 'en' | 'zh';

/** Chinese for any `zh*` browser language, English otherwise. */
export function langFor(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The BCP 47 locale `Intl` formats with for a language. */
export function intlLocale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
