/**
 * In-page badges: plain DOM in a shadow root (React here would add ~67 kB gzip to every
 * marketplace page). Every host carries `data-rigscout-listing` and `data-rigscout-verdict`,
 * a stable hook for tests and for users' own styles. All page-derived text goes through
 * `textContent`, never markup.
 *
 * The hover/focus panel is a `popover` in the top layer where the browser has it: marketplace
 * cards clip their overflow, and a panel inside the card would be cut off or shift the layout.
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

// Leaving the badge for the panel crosses a small gap: wait a moment before hiding.
const HIDE_DELAY_MS = 120;
const PANEL_GAP_PX = 4;

/** The badge host for a listing already inside `anchor`, or null. */
export function findBadge(anchor: Element, listingId: string): HTMLElement | null {
  for (const child of anchor.children) {
    if (child.localName === BADGE_TAG && child.getAttribute('data-rigscout-listing') === listingId) {
      return child as HTMLElement;
    }
  }
  return null;
}

/** The badge host for a listing inside `anchor`, created (as pending) and attached if it is not there yet. */
export function ensureBadge(anchor: Element, listingId: string): HTMLElement {
  const existing = findBadge(anchor, listingId);
  if (existing) return existing;
  const host = createBadge(anchor.ownerDocument, listingId);
  attachBadge(anchor, host);
  return host;
}

/**
 * Put a badge host into its anchor, removing any other listing's badge there (a card reused by
 * an SPA must not keep the old one). Attaching late, once the verdict is known, saves the page a
 * second layout pass.
 */
export function attachBadge(anchor: Element, host: HTMLElement): void {
  if (host.parentElement === anchor) return;
  for (const stale of anchor.querySelectorAll(`:scope > ${BADGE_TAG}`)) stale.remove();
  anchor.append(host);
}

/** A new, unattached badge host for a listing, in the pending state. */
export function createBadge(doc: Document, listingId: string): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute('data-rigscout-listing', listingId);
  host.setAttribute('data-rigscout-verdict', 'unknown');
  host.setAttribute('data-rigscout-state', 'pending');
  const shadow = host.attachShadow({ mode: 'open' });
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'note');
  badge.tabIndex = 0;
  const label = doc.createElement('span');
  label.className = 'label';
  label.textContent = '…';
  const panel = doc.createElement('span');
  panel.className = 'panel';
  panel.id = 'panel';
  panel.setAttribute('role', 'tooltip');
  if (supportsPopover(panel)) panel.setAttribute('popover', 'manual');
  badge.setAttribute('aria-describedby', 'panel');
  badge.append(label, panel);
  adoptStyle(shadow, doc);
  shadow.append(badge);
  wirePanel(badge, panel);
  // Clicks on the badge must not follow the card's link (goofish cards are <a> elements).
  host.addEventListener('click', stopEvent, true);
  return host;
}

// One parsed stylesheet per page for every badge: a `<style>` per badge made the browser parse
// 2.5 kB of CSS sixty times per results page.
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function adoptStyle(shadow: ShadowRoot, doc: Document): void {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    try {
      const view = doc.defaultView as (Window & typeof globalThis) | null;
      sheet = view ? new view.CSSStyleSheet() : null;
      sheet?.replaceSync(BADGE_STYLE);
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
  }
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Some content-script worlds (Firefox's Xray wrappers) refuse a constructed sheet.
      sheets.set(doc, null);
    }
  }
  const style = doc.createElement('style');
  style.textContent = BADGE_STYLE;
  shadow.append(style);
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

function supportsPopover(element: HTMLElement): boolean {
  return typeof element.showPopover === 'function';
}

/** Show the panel on hover and focus, hide it on leave, blur and Escape. */
function wirePanel(badge: HTMLElement, panel: HTMLElement): void {
  const view = badge.ownerDocument.defaultView;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const show = () => {
    clearTimeout(hideTimer);
    if (panel.childElementCount === 0) return;
    if (supportsPopover(panel)) {
      if (!panel.matches(':popover-open')) panel.showPopover();
      place(badge, panel, view);
      // The top-layer panel is fixed: it would stay put while its badge scrolls away.
      view?.addEventListener('scroll', hide, { capture: true, passive: true, once: true });
    } else {
      panel.classList.add('open');
    }
  };
  const hide = () => {
    clearTimeout(hideTimer);
    if (supportsPopover(panel)) {
      view?.removeEventListener('scroll', hide, { capture: true });
      if (panel.matches(':popover-open')) panel.hidePopover();
    } else {
      panel.classList.remove('open');
    }
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };
  badge.addEventListener('mouseenter', show);
  badge.addEventListener('mouseleave', hideSoon);
  badge.addEventListener('focus', show);
  badge.addEventListener('blur', hide);
  badge.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}

/** Put the top-layer panel under the badge, or above it when the viewport has no room below. */
function place(badge: HTMLElement, panel: HTMLElement, view: Window | null): void {
  const box = badge.getBoundingClientRect();
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  const panelBox = panel.getBoundingClientRect();
  const below = box.bottom + PANEL_GAP_PX;
  const top =
    below + panelBox.height > height && box.top - PANEL_GAP_PX - panelBox.height >= 0
      ? box.top - PANEL_GAP_PX - panelBox.height
      : below;
  const left = Math.max(4, Math.min(box.left, width - panelBox.width - 4));
  panel.style.top = `${Math.round(top)}px`;
  panel.style.left = `${Math.round(left)}px`;
}

function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
}
