/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/components/popup/App';
import type { PriceChartProps } from '@/components/popup/PriceChart';
import type { PageToBackground, TabListingsResponse } from '@/lib/messages/protocol';
import type { DetailData } from '@/lib/popup/load-detail';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { entry } from '../ui/entries';
import { click, render } from './render';

const MARKUP = '<img src=x onerror=alert(1)>';
type Entry = TabListingsResponse['listings'][number];

/** The chart as data: happy-dom has no canvas, and the e2e test checks the drawing. */
function ChartProbe({ model, currency, unit }: PriceChartProps) {
  return (
    <div
      className="chart-probe"
      data-series={model.series.map((s) => `${s.kind}:${s.region ?? ''}`).join(' ')}
      data-own={model.ownPoints}
      data-currency={currency}
      data-unit={unit ?? ''}
    />
  );
}

const detail: DetailData = {
  own: [{ at: Date.parse('2024-03-05T00:00:00Z'), value: 50 }],
  lines: [
    { region: 'CN-SC', listings: 12, points: [{ at: Date.parse('2024-03-01T00:00:00Z'), value: 57 }] },
    { region: 'CN-NM', listings: 30, points: [{ at: Date.parse('2024-03-02T00:00:00Z'), value: 52 }] },
  ],
  rows: [
    { region: 'CN-NM', level: 'subdivision', trend: 52, listings: 30, change30d: -0.04 },
    { region: 'CN-SC', level: 'subdivision', trend: 57, listings: 12, change30d: null },
  ],
  currency: 'CNY',
  unit: 'TH/s',
};

function answering(listings: Entry[], extra: Partial<TabListingsResponse> = {}) {
  return vi.fn(async (message: PageToBackground) => {
    if (message.type !== 'page/tab-listings') return { ok: false, error: 'unexpected' };
    return {
      ok: true,
      pageUrl: 'https://www.goofish.com/search?q=s19',
      pageKind: 'search',
      listings,
      diagnostic: null,
      ...extra,
    };
  });
}

describe('popup', () => {
  it('lists the tab listings with verdicts and shows the first judged rig in detail', async () => {
    const send = answering([
      entry({ id: '1', rig: false }),
      entry({ id: '2', verdict: 'below', deviation: -0.12 }),
      entry({ id: '3', verdict: 'above', deviation: 0.3 }),
    ]);
    const loadDetail = vi.fn(async () => detail);
    const { container } = await render(
      <App lang="en" tabId={7} send={send} loadDetail={loadDetail} Chart={ChartProbe} />,
    );
    expect(send).toHaveBeenCalledWith({ type: 'page/tab-listings', tabId: 7 });
    const rows = [...container.querySelectorAll('li.listing')];
    expect(rows.map((row) => row.getAttribute('data-rigscout-verdict'))).toEqual(['none', 'below', 'above']);
    expect(rows[1]?.textContent).toContain('Below trend');
    expect(rows[1]?.textContent).toContain('−12% vs Sichuan');
    expect(container.querySelector('header')?.textContent).toContain('3 listings');
    expect(container.querySelector('.selected')?.getAttribute('data-rigscout-listing')).toBe('2');
    expect(loadDetail).toHaveBeenCalledTimes(1);
    const probe = container.querySelector('.chart-probe');
    expect(probe?.getAttribute('data-series')).toBe('own: primary:CN-SC region:CN-NM');
    expect(probe?.getAttribute('data-own')).toBe('1');
    expect(container.querySelector('.basis')?.textContent).toBe(
      'Based on 12 listings in Sichuan, last 90 days (province/state trend) · Confidence: medium',
    );
    const table = container.querySelector('table.regions');
    expect([...(table?.querySelectorAll('tbody th') ?? [])].map((th) => th.textContent)).toEqual([
      'Sichuan',
      'Inner Mongolia',
    ]);

    await click(rows[2]?.querySelector('button'));
    expect(container.querySelector('.selected')?.getAttribute('data-rigscout-listing')).toBe('3');
    expect(container.querySelector('.verdict-line')?.textContent).toBe('Above trend +30% vs Sichuan');
    expect(loadDetail).toHaveBeenCalledTimes(2);
  });

  it('uses the listings asked for while its code loaded, without asking again', async () => {
    const send = answering([]);
    const preloaded = Promise.resolve({
      ok: true as const,
      pageUrl: 'https://www.goofish.com/item?id=5',
      pageKind: 'item' as const,
      listings: [entry({ id: '5' })],
      diagnostic: null,
    });
    const { container } = await render(
      <App
        lang="en"
        tabId={3}
        preloaded={preloaded}
        send={send}
        loadDetail={async () => detail}
        Chart={ChartProbe}
      />,
    );
    expect(send).not.toHaveBeenCalled();
    expect(container.querySelector('header')?.textContent).toContain('Item page · 1 listing');
    expect(container.querySelector('.selected')?.getAttribute('data-rigscout-listing')).toBe('5');
  });

  it('shows a title holding markup as text, in the list and the detail', async () => {
    const send = answering([entry({ id: '1', title: MARKUP })]);
    const { container } = await render(
      <App lang="en" tabId={1} send={send} loadDetail={async () => detail} Chart={ChartProbe} />,
    );
    expect(container.querySelector('.title')?.textContent).toBe(MARKUP);
    expect(container.querySelector('.detail-title')?.textContent).toBe(MARKUP);
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks Chinese and converts to the display currency', async () => {
    const send = answering([entry({ id: '1', price: 7150, verdict: 'in-line', deviation: 0.01 })]);
    const { container } = await render(
      <App
        lang="zh"
        tabId={1}
        send={send}
        loadDetail={async () => detail}
        loadSettings={async () => ({ ...DEFAULT_SETTINGS, displayCurrency: 'USD' })}
        Chart={ChartProbe}
      />,
    );
    expect(container.querySelector('.listing')?.textContent).toContain('符合行情');
    expect(container.querySelector('.listing .price')?.textContent).toBe('$1,000');
    expect(container.querySelector('.chart-probe')?.getAttribute('data-currency')).toBe('USD');
    expect(container.querySelector('.note')?.textContent).toBe('按 2026-06-30 汇率换算为 USD');
    expect(container.querySelector('caption')?.textContent).toBe('Antminer S19j Pro 各地区行情');
  });

  it('explains an empty tab, a non-marketplace tab and a page it did not understand', async () => {
    let view = await render(
      <App lang="en" tabId={1} send={answering([])} loadDetail={async () => detail} Chart={ChartProbe} />,
    );
    expect(view.container.textContent).toContain('No listings on this tab yet');
    view = await render(<App lang="en" tabId={null} send={answering([])} loadDetail={async () => detail} />);
    expect(view.container.textContent).toContain('This tab is not a marketplace page');
    view = await render(
      <App
        lang="zh"
        tabId={1}
        send={answering([], {
          diagnostic: {
            site: 'goofish',
            pageKind: 'search',
            url: 'https://www.goofish.com/search',
            missing: ['card'],
            message: 'no cards',
          },
        })}
        loadDetail={async () => detail}
      />,
    );
    expect(view.container.querySelector('[role=alert]')?.textContent).toContain('无法识别此页面');
    expect(view.container.textContent).toContain('找不到：card');
  });

  it('shows the background error and a detail that failed to load', async () => {
    const failing = vi.fn(async () => ({ ok: false, error: 'storage is full' }));
    let view = await render(<App lang="en" tabId={1} send={failing} loadDetail={async () => detail} />);
    expect(view.container.querySelector('[role=alert]')?.textContent).toBe(
      'Could not load this tab’s listings: storage is full',
    );
    view = await render(
      <App
        lang="en"
        tabId={1}
        send={answering([entry({ id: '1' })])}
        loadDetail={async () => {
          throw new Error('no history');
        }}
        Chart={ChartProbe}
      />,
    );
    expect(view.container.querySelector('.detail .error')?.textContent).toContain('no history');
    expect(view.container.querySelector('.chart-probe')).toBeNull();
  });

  it('says so when a rig has no trend yet and when a listing is not a rig', async () => {
    const { container } = await render(
      <App
        lang="en"
        tabId={1}
        send={answering([entry({ id: '1', verdict: 'unknown' }), entry({ id: '2', rig: false })])}
        loadDetail={async () => ({ ...detail, own: [], lines: [], rows: [] })}
        Chart={ChartProbe}
      />,
    );
    expect(container.querySelector('.basis')?.textContent).toContain(
      'No other Antminer S19j Pro listings seen yet',
    );
    expect(container.textContent).toContain('No price history for this model yet.');
    await click(container.querySelectorAll('li.listing button')[1]);
    expect(container.querySelector('.basis')?.textContent).toBe(
      'Not counted in trends: a part or accessory.',
    );
  });
});
