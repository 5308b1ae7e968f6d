/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureBadge, renderBadge } from '@/lib/content/badge';
import { notRigView, pendingView, verdictView } from '@/lib/content/badge-view';
import { regionLabel } from '@/lib/i18n/region-label';
import { entry } from './entries';

const MARKUP = '<img src=x onerror=alert(1)>';

function card(): HTMLElement {
  document.body.replaceChildren();
  const element = document.createElement('div');
  element.className = 'card';
  document.body.append(element);
  return element;
}

const panelRows = (host: HTMLElement) =>
  [...(host.shadowRoot?.querySelectorAll('.panel .row') ?? [])].map((row) => row.textContent);
const label = (host: HTMLElement) => host.shadowRoot?.querySelector('.label')?.textContent;

afterEach(() => {
  vi.useRealTimers();
});

describe('verdictView', () => {
  it('shows the deviation against the region and the unit price per TH/s, in English and Chinese', () => {
    const e = entry({ id: '1', verdict: 'below', deviation: -0.12, unitRate: 50 });
    const en = verdictView(e.observation, e.verdict, 'en', regionLabel(e.verdict.verdict.basis.region, 'en'));
    expect(en.verdict).toBe('below');
    expect(en.label).toBe('−12% vs Sichuan · ¥50/T');
    expect(en.details).toEqual([
      'Below trend',
      'Unit price: ¥50/T (TH/s)',
      'Expected: ¥5,900',
      'Based on 12 listings in Sichuan, last 90 days',
    ]);
    expect(en.ariaLabel).toContain('RigScout: Below trend.');
    const zh = verdictView(e.observation, e.verdict, 'zh', regionLabel(e.verdict.verdict.basis.region, 'zh'));
    expect(zh.label).toBe('−12% 对比 四川 · ¥50/T');
    expect(zh.details[0]).toBe('低于行情');
  });

  it('uses the algorithm unit: per GH/s for Scrypt', () => {
    const e = entry({ id: '1', verdict: 'above', deviation: 0.08, unitRate: 0.85, currency: 'USD' });
    e.observation.miner = {
      ...(e.observation.miner as NonNullable<typeof e.observation.miner>),
      algorithm: 'Scrypt',
    };
    expect(
      verdictView(e.observation, e.verdict, 'en', regionLabel(e.verdict.verdict.basis.region, 'en')).label,
    ).toBe('+8% vs Sichuan · $0.85/G');
  });

  it('says there is no trend yet for an unknown verdict, and lists the own price changes', () => {
    const e = entry({ id: '1', verdict: 'unknown' });
    e.verdict.priceChanges = [
      { at: '2024-03-01T00:00:00Z', amount: 5720, currency: 'CNY' },
      { at: '2024-03-05T00:00:00Z', amount: 5200, currency: 'CNY' },
    ];
    const view = verdictView(
      e.observation,
      e.verdict,
      'en',
      regionLabel(e.verdict.verdict.basis.region, 'en'),
    );
    expect(view.label).toBe('No trend yet · ¥50/T');
    expect(view.details).toEqual([
      'Unit price: ¥50/T (TH/s)',
      'No Antminer S19j Pro listings seen yet to compare with.',
      'Price changes: Mar 1 ¥5,720 → Mar 5 ¥5,200',
    ]);
  });

  it('gives non-rigs a quiet mark with the reason', () => {
    const e = entry({ id: '1', rig: false });
    const view = notRigView(e.observation, 'zh');
    expect(view).toMatchObject({ verdict: 'none', label: '非矿机', details: ['不计入行情：配件'] });
    // The background's answer for it (unknown) does not turn it into a rig badge.
    expect(
      verdictView(e.observation, e.verdict, 'zh', regionLabel(e.verdict.verdict.basis.region, 'zh')),
    ).toEqual(view);
  });
});

describe('badge DOM', () => {
  it('keeps the data hooks, an aria-label, and fills text only', () => {
    const anchor = card();
    const host = ensureBadge(anchor, '42');
    expect(host.getAttribute('data-rigscout-listing')).toBe('42');
    expect(host.getAttribute('data-rigscout-state')).toBe('pending');
    renderBadge(host, pendingView('en'));
    expect(label(host)).toBe('RigScout…');
    const e = entry({ id: '42', verdict: 'above', deviation: 0.2 });
    renderBadge(
      host,
      verdictView(e.observation, e.verdict, 'en', regionLabel(e.verdict.verdict.basis.region, 'en')),
    );
    expect(host.getAttribute('data-rigscout-verdict')).toBe('above');
    expect(host.hasAttribute('data-rigscout-state')).toBe(false);
    const badge = host.shadowRoot?.querySelector('.badge');
    expect(badge?.getAttribute('aria-label')).toMatch(/^RigScout: Above trend\. \+20% vs Sichuan/);
    expect(badge?.getAttribute('tabindex')).toBe('0');
    expect(ensureBadge(anchor, '42')).toBe(host);
    expect(anchor.querySelectorAll('rigscout-badge')).toHaveLength(1);
  });

  it('shows markup from the page as text and creates no element from it', () => {
    const anchor = card();
    const host = ensureBadge(anchor, MARKUP);
    const e = entry({ id: MARKUP, verdict: 'unknown', title: MARKUP });
    e.observation.miner = {
      ...(e.observation.miner as NonNullable<typeof e.observation.miner>),
      model: MARKUP,
    };
    renderBadge(
      host,
      verdictView(e.observation, e.verdict, 'en', regionLabel(e.verdict.verdict.basis.region, 'en')),
    );
    expect(panelRows(host)[1]).toBe(`No ${MARKUP} listings seen yet to compare with.`);
    expect(host.shadowRoot?.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(host.getAttribute('data-rigscout-listing')).toBe(MARKUP);
  });

  it('replaces a stale badge of another listing in a reused card', () => {
    const anchor = card();
    ensureBadge(anchor, 'a');
    const host = ensureBadge(anchor, 'b');
    expect([...anchor.querySelectorAll('rigscout-badge')]).toEqual([host]);
  });

  it('opens the panel on focus and hover and closes it on blur, leave and Escape', () => {
    vi.useFakeTimers();
    const host = ensureBadge(card(), '1');
    const e = entry({ id: '1' });
    renderBadge(
      host,
      verdictView(e.observation, e.verdict, 'en', regionLabel(e.verdict.verdict.basis.region, 'en')),
    );
    const badge = host.shadowRoot?.querySelector('.badge') as HTMLElement;
    const panel = host.shadowRoot?.querySelector('.panel') as HTMLElement;
    const open = () =>
      typeof panel.showPopover === 'function'
        ? panel.matches(':popover-open')
        : panel.classList.contains('open');
    expect(badge.getAttribute('aria-describedby')).toBe(panel.id);
    badge.dispatchEvent(new Event('focus'));
    expect(open()).toBe(true);
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(open()).toBe(false);
    badge.dispatchEvent(new Event('mouseenter'));
    expect(open()).toBe(true);
    badge.dispatchEvent(new Event('mouseleave'));
    expect(open()).toBe(true);
    vi.advanceTimersByTime(200);
    expect(open()).toBe(false);
    badge.dispatchEvent(new Event('focus'));
    badge.dispatchEvent(new Event('blur'));
    expect(open()).toBe(false);
  });

  it('stops clicks on the badge from following the card link', () => {
    const link = document.createElement('a');
    link.href = 'https://www.goofish.com/item?id=1';
    document.body.replaceChildren(link);
    const host = ensureBadge(link, '1');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    host.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});
