/**
 * Turn a listing and its verdict into what the badge shows, in the user's language.
 * Pure: numbers, currencies and dates go through `Intl`.
 */
import { rateUnitFor } from '@/lib/catalog/algorithms';
import { intlLocale, type Lang } from '@/lib/i18n/locale';
import { type MessageKey, t } from '@/lib/i18n/messages';
import type { ListingVerdict } from '@/lib/messages/protocol';
import { countryName, subdivisionName } from '@/lib/region';
import type { Listing } from '@/lib/schema';
import type { BadgeView } from './badge';

/** The badge for a listing whose verdict has not arrived yet. */
export function pendingView(lang: Lang): BadgeView {
  const label = t(lang, 'badge.pending');
  return { verdict: 'unknown', label, ariaLabel: label, details: [] };
}

/** The badge for a listing that is not a mining rig (`none`). */
export function notRigView(listing: Listing, lang: Lang): BadgeView {
  const verdictText = t(lang, 'verdict.none');
  const reason = listing.exclusion ? t(lang, `exclusion.${listing.exclusion}` as MessageKey) : verdictText;
  const detail = t(lang, 'panel.notRig', { reason });
  return {
    verdict: 'none',
    label: verdictText,
    ariaLabel: t(lang, 'badge.aria', { verdict: verdictText, detail }),
    details: [detail],
  };
}

/** The badge for a rig with its verdict from the background. */
export function verdictView(listing: Listing, judged: ListingVerdict, lang: Lang): BadgeView {
  const { verdict } = judged;
  const kind = verdict.verdict;
  const verdictText = t(lang, `verdict.${kind}`);
  const parts: string[] = [];
  const region = regionLabel(verdict.basis.region, lang);
  if (verdict.deviation !== null && kind !== 'unknown') {
    parts.push(t(lang, 'badge.vs', { deviation: formatDeviation(verdict.deviation, lang), region }));
  } else {
    parts.push(verdictText);
  }
  const currency = listing.price?.currency;
  if (judged.unitRate !== null && currency) {
    const unit = rateUnitFor(listing.miner?.algorithm);
    parts.push(`${formatMoney(judged.unitRate, currency, lang)}/${unit.suffix}`);
  }
  const details: string[] = [];
  if (verdict.expected) {
    details.push(
      t(lang, 'panel.expected', {
        price: formatMoney(verdict.expected.amount, verdict.expected.currency, lang),
      }),
    );
    details.push(
      t(lang, 'panel.basis', { points: verdict.basis.points, region, days: verdict.basis.windowDays }),
    );
  } else {
    details.push(t(lang, 'panel.noTrend', { model: listing.miner?.model ?? '?' }));
  }
  if (judged.priceChanges.length > 1) {
    const changes = judged.priceChanges
      .map((change) => `${formatDate(change.at, lang)} ${formatMoney(change.amount, change.currency, lang)}`)
      .join(' → ');
    details.push(t(lang, 'panel.changes', { changes }));
  }
  const label = parts.join(' · ');
  return {
    verdict: kind,
    label,
    ariaLabel: t(lang, 'badge.aria', { verdict: verdictText, detail: [label, ...details].join('. ') }),
    details,
  };
}

/** "CN-SC" → "四川" / "Sichuan"; "CN" → "中国" / "China"; null → all regions. */
export function regionLabel(code: string | null, lang: Lang): string {
  if (!code) return t(lang, 'badge.allRegions');
  return (code.includes('-') ? subdivisionName(code, lang) : countryName(code, lang)) ?? code;
}

/** −12% / +8% with a real minus sign; 0% for in-line rounding. */
export function formatDeviation(deviation: number, lang: Lang): string {
  const percent = Math.round(deviation * 100);
  let format = percentFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang));
    percentFormats.set(lang, format);
  }
  const body = format.format(Math.abs(percent));
  return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${body}%`;
}

/** A price in its currency, with fewer decimals for large amounts. */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  const digits = Math.abs(amount) >= 100 ? 0 : 2;
  const key = `${lang}|${currency}|${digits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(intlLocale(lang), {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        maximumFractionDigits: digits,
        minimumFractionDigits: 0,
      });
    } catch {
      return `${amount.toFixed(digits)} ${currency}`;
    }
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

// Building an Intl formatter costs tens of microseconds; a page formats hundreds of prices.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const percentFormats = new Map<Lang, Intl.NumberFormat>();

function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), { month: 'short', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}
