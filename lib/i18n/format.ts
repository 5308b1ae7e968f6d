/**
 * Numbers, money, percentages and dates for the user's language, always through `Intl`.
 * Formatters are cached per locale and option set: building one costs tens of microseconds
 * and a marketplace page formats hundreds of prices.
 */
import { intlLocale, type Lang } from './locale';

const numberFormats = new Map<string, Intl.NumberFormat | null>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(key: string, lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat | null {
  let format = numberFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(intlLocale(lang), options);
    } catch {
      // An unknown currency code from a page or an edited rate table: fall back to plain text.
      format = null;
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** A price in its currency, with no decimals for large amounts ("¥5,200", "$0.85"). */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  const digits = Math.abs(amount) >= 100 ? 0 : 2;
  const format = numberFormat(`m|${lang}|${currency}|${digits}`, lang, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  });
  return format ? format.format(amount) : `${amount.toFixed(digits)} ${currency}`;
}

/** A plain number with grouping and at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  const format = numberFormat(`n|${lang}|${digits}`, lang, { maximumFractionDigits: digits });
  return format ? format.format(value) : value.toFixed(digits);
}

/**
 * A signed relative change, −12% / +8% / ±0%, with a real minus sign. Rounded to whole percent:
 * a trend is not precise enough for decimals.
 */
export function formatDeviation(deviation: number, lang: Lang): string {
  const percent = Math.round(deviation * 100);
  const body = formatNumber(Math.abs(percent), lang);
  return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${body}%`;
}

/** A day in the user's language ("Apr 26, 2024" / "2024年4月26日"); the ISO text when invalid. */
export function formatDate(iso: string | number, lang: Lang, style: 'short' | 'long' = 'long'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  const key = `${lang}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      intlLocale(lang),
      style === 'short'
        ? { month: 'short', day: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
    );
    dateFormats.set(key, format);
  }
  return format.format(date);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A storage size with a unit Intl spells ("1.2 MB" / "1.2兆字节"). */
export function formatBytes(bytes: number, lang: Lang): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const format = numberFormat(`b|${lang}|${unit}|${digits}`, lang, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  });
  return format ? format.format(value) : `${value.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}
