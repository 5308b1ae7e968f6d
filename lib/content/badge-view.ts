/**
 * Turn a listing and its verdict into what the badge shows, in the user's language.
 * Pure: numbers, currencies and dates go through `Intl` (lib/i18n/format).
 */
import { rateUnitFor } from '@/lib/catalog/algorithms';
import { formatDate, formatDeviation, formatMoney } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/locale';
import { type MessageKey, t } from '@/lib/i18n/messages';
import type { ListingVerdict } from '@/lib/messages/protocol';
import type { Listing } from '@/lib/schema';
import type { BadgeView } from './badge';

/** The badge for a listing whose verdict has not arrived yet. */
export function pendingView(lang: Lang): BadgeView {
  const label = t(lang, 'badge.pending');
  return { verdict: 'unknown', label, ariaLabel: label, details: [] };
}

/**
 * The badge for a listing the background could not take: its answer (`error`, e.g. "storage is
 * full") or, when it never answered, a hint to reload. Shown instead of a badge pending forever.
 */
export function failedView(lang: Lang, error: string | null): BadgeView {
  const label = t(lang, 'badge.failed');
  const detail = error === null ? t(lang, 'panel.unreachable') : t(lang, 'panel.failed', { error });
  return {
    verdict: 'unknown',
    label,
    ariaLabel: t(lang, 'badge.aria', { verdict: label, detail }),
    details: [detail],
  };
}

/** The badge for a listing that is not a mining rig (`none`): a quiet mark with the reason. */
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

/**
 * The badge for a listing with its verdict from the background: "−12% vs 四川 · ¥58/T" on the badge;
 * expected price, basis and the listing's own price changes in the panel. `region` is the basis
 * region's name in `lang`, which the background supplies (the content script carries no region
 * tables).
 */
export function verdictView(listing: Listing, judged: ListingVerdict, lang: Lang, region: string): BadgeView {
  // The background answers every listing of a batch; a non-rig keeps its quiet mark.
  if (!listing.isMiningRig) return notRigView(listing, lang);
  const { verdict } = judged;
  const kind = verdict.verdict;
  const verdictText = t(lang, `verdict.${kind}`);
  const parts: string[] = [];
  if (verdict.deviation !== null && kind !== 'unknown') {
    parts.push(t(lang, 'badge.vs', { deviation: formatDeviation(verdict.deviation, lang), region }));
  } else {
    parts.push(verdictText);
  }
  const currency = listing.price?.currency;
  const unit = rateUnitFor(listing.miner?.algorithm);
  const unitPrice =
    judged.unitRate !== null && currency
      ? `${formatMoney(judged.unitRate, currency, lang)}/${unit.suffix}`
      : null;
  if (unitPrice) parts.push(unitPrice);
  const details: string[] = [];
  if (kind !== 'unknown' && verdict.deviation !== null) details.push(verdictText);
  // Repeated in the panel: a narrow card cuts the badge's label short.
  if (unitPrice) details.push(t(lang, 'panel.unitPrice', { price: `${unitPrice} (${unit.label})` }));
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
      .map(
        (change) =>
          `${formatDate(change.at, lang, 'short')} ${formatMoney(change.amount, change.currency, lang)}`,
      )
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
