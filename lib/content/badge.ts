/**
 * In-page badges: plain DOM in a shadow root (React here would add ~67 kB gzip to every
 * marketplace page). Every host carries `data-rigscout-listing` and `data-rigscout-verdict`,
 * a stable hook for tests and for users' own styles. All page-derived text goes through
 * `textContent`, never markup.
 */
import type { BadgeVerdict } from '@/lib/schema';
import { BADGE_STYLE } from './badge-style';
import { BADGE_TAG } from './observer';

/** What a badge shows, already formatted for the user's language. */
export interface BadgeView {
  verdict: BadgeVerdict;
  /** Short text on the badge, e.g. "−12% vs 四川 · ¥58/T". */
  label: string;
  /** Sentence for screen readers. */
  ariaLabel: string;
  /** Lines of the hover/focus panel (expected price, basis, own price changes). */
  details: readonly string[];
}

/** The badge host for a listing inside `anchor`, created (as pending) if it is not there yet. */
export function ensureBadge(anchor: Element, listingId: string): HTMLElement {
  for (const child of anchor.children) {
    if (child.localName === BADGE_TAG && child.getAttribute('data-rigscout-listing') === listingId) {
      return child as HTMLElement;
    }
  }
  // A reused card (SPA) may still hold another listing's badge: it must not linger.
  for (const stale of anchor.querySelectorAll(`:scope > ${BADGE_TAG}`)) stale.remove();
  const doc = anchor.ownerDocument;
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute('data-rigscout-listing', listingId);
  host.setAttribute('data-rigscout-verdict', 'unknown');
  host.setAttribute('data-rigscout-state', 'pending');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_STYLE;
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'note');
  badge.tabIndex = 0;
  const label = doc.createElement('span');
  label.className = 'label';
  label.textContent = '…';
  const panel = doc.createElement('span');
  panel.className = 'panel';
  panel.setAttribute('role', 'tooltip');
  badge.append(label, panel);
  shadow.append(style, badge);
  // Clicks on the badge must not follow the card's link (goofish cards are <a> elements).
  host.addEventListener('click', stopEvent, true);
  anchor.append(host);
  return host;
}

/** Fill a badge host with a view; safe to call repeatedly. */
export function renderBadge(host: HTMLElement, view: BadgeView): void {
  host.setAttribute('data-rigscout-verdict', view.verdict);
  host.removeAttribute('data-rigscout-state');
  const badge = host.shadowRoot?.querySelector('.badge');
  if (!badge) return;
  badge.setAttribute('data-verdict', view.verdict);
  badge.setAttribute('aria-label', view.ariaLabel);
  const label = badge.querySelector('.label');
  if (label) label.textContent = view.label;
  const panel = badge.querySelector('.panel');
  if (panel) {
    panel.replaceChildren(
      ...view.details.map((line) => {
        const row = host.ownerDocument.createElement('span');
        row.className = 'row';
        row.textContent = line;
        return row;
      }),
    );
  }
}

function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
}
