/** @vitest-environment happy-dom */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { memoryArea } from '@/lib/kv-area';
import type { PageToBackground } from '@/lib/messages/protocol';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { click, render, settle } from './render';

function backend() {
  return vi.fn(async (message: PageToBackground) => {
    switch (message.type) {
      case 'page/export-history':
        return { ok: true, text: message.format === 'csv' ? 'site,listingId\n' : '{"site":"goofish"}\n' };
      case 'page/clear-history':
        return { ok: true };
      case 'page/storage-info':
        return {
          ok: true,
          info: {
            observations: 1234,
            listings: 321,
            persisted: true,
            usageBytes: 2_621_440,
            quotaBytes: null,
          },
        };
      default:
        return { ok: false, error: 'unexpected' };
    }
  });
}

/** Type into a React-controlled input: set the value natively, then fire `input`. */
async function type(input: Element | null, value: string, blur = true) {
  if (!(input instanceof HTMLInputElement)) throw new Error('no input');
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (blur) await act(async () => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
  await settle();
}

async function setup(lang: 'en' | 'zh' = 'en') {
  const area = memoryArea();
  const send = backend();
  const download = vi.fn();
  const view = await render(
    <OptionsApp
      lang={lang}
      area={area}
      send={send}
      download={download}
      now={() => new Date('2026-11-25T10:00:00Z')}
    />,
  );
  return { area, send, download, ...view };
}

const button = (container: HTMLElement, name: string) =>
  container.querySelector(`button[name="${name}"]`) as HTMLButtonElement | null;

describe('options page', () => {
  it('switches a site off and the quiet mark off, and says it saved', async () => {
    const { area, container } = await setup();
    await click(container.querySelector('input[name="site-goofish"]'));
    expect((await loadSettings(area)).sites).toEqual({ goofish: false, ebay: true });
    await click(container.querySelector('input[name="mark-non-rigs"]'));
    expect((await loadSettings(area)).markNonRigs).toBe(false);
    expect(container.querySelector('.save-status')?.textContent).toBe('Saved');
  });

  it('saves a valid window and band and refuses out-of-range ones', async () => {
    const { area, container } = await setup();
    await type(container.querySelector('input[name="window-days"]'), '3');
    expect(container.querySelector('input[name="window-days"]')?.getAttribute('aria-invalid')).toBe('true');
    expect((await loadSettings(area)).windowDays).toBe(90);
    await type(container.querySelector('input[name="window-days"]'), '60');
    await type(container.querySelector('input[name="band"]'), '7.5');
    const saved = await loadSettings(area);
    expect(saved.windowDays).toBe(60);
    expect(saved.band).toBe(0.075);
  });

  it('edits the rate table, rejects a bad rate, and keeps the date', async () => {
    const { area, container } = await setup();
    const cnyRate = [...container.querySelectorAll('table.rates tbody tr')]
      .find((row) => (row.querySelector('input.code') as HTMLInputElement).value === 'CNY')
      ?.querySelector('input.rate');
    await type(cnyRate ?? null, '0', false);
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Save rates'));
    expect(container.querySelector('[role=alert]')?.textContent).toBe('Check this rate: CNY 0');
    expect((await loadSettings(area)).rates).toBeNull();
    await type(cnyRate ?? null, '7.2', false);
    await type(container.querySelector('input[name="rates-as-of"]'), '2026-11-20', false);
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Save rates'));
    const rates = (await loadSettings(area)).rates;
    expect(rates?.asOf).toBe('2026-11-20');
    expect(rates?.rates.CNY).toBe(7.2);
    expect(container.textContent).toContain('Your rates of 2026-11-20');
  });

  it('picks a display currency from the table', async () => {
    const { area, container } = await setup();
    const select = container.querySelector('select[name="display-currency"]') as HTMLSelectElement;
    await act(async () => {
      select.value = 'EUR';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await loadSettings(area)).displayCurrency).toBe('EUR');
  });

  it('exports JSON Lines and CSV as dated files', async () => {
    const { send, download, container } = await setup();
    await click(button(container, 'export-jsonl'));
    expect(send).toHaveBeenCalledWith({ type: 'page/export-history', format: 'jsonl' });
    expect(download).toHaveBeenCalledWith(
      'rigscout-history-2026-11-25.jsonl',
      'application/x-ndjson;charset=utf-8',
      '{"site":"goofish"}\n',
    );
    await click(button(container, 'export-csv'));
    expect(download).toHaveBeenLastCalledWith(
      'rigscout-history-2026-11-25.csv',
      'text/csv;charset=utf-8',
      'site,listingId\n',
    );
  });

  it('clears the history only after confirmation', async () => {
    const { send, container } = await setup();
    await click(button(container, 'clear'));
    expect(container.querySelector('[role=alertdialog]')?.textContent).toContain('cannot be undone');
    await click(button(container, 'clear-no'));
    expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'page/clear-history' }));
    await click(button(container, 'clear'));
    await click(button(container, 'clear-yes'));
    expect(send).toHaveBeenCalledWith({ type: 'page/clear-history', confirm: true });
    expect(container.querySelector('.result')?.textContent).toBe('The price history is empty.');
  });

  it('shows the storage used, in Chinese too', async () => {
    const { container } = await setup('zh');
    expect(container.querySelector('[data-testid=storage]')?.textContent).toBe(
      '321 个商品的 1,234 条记录 · 已用 2.5 MB',
    );
    expect(container.querySelector('h1')?.textContent).toBe('RigScout 设置');
  });

  it('starts from stored settings', async () => {
    const area = memoryArea();
    await saveSettings(area, { windowDays: 30, sites: { goofish: true, ebay: false } });
    const { container } = await render(
      <OptionsApp lang="en" area={area} send={backend()} download={vi.fn()} now={() => new Date()} />,
    );
    expect((container.querySelector('input[name="window-days"]') as HTMLInputElement).value).toBe('30');
    expect((container.querySelector('input[name="site-ebay"]') as HTMLInputElement).checked).toBe(false);
  });
});
