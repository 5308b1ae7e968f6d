/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDetail, subscribeMtop } from '@/lib/sites/goofish/mtop-events';
import { installMtopHook, MTOP_EVENT, MTOP_REPLAY_EVENT } from '@/lib/sites/goofish/mtop-hook';

const SEARCH_URL =
  'https://h5api.m.goofish.com/h5/mtop.taobao.idlemtopsearch.pc.search/1.0/?jsv=2.7.2&appKey=34839810';
const DETAIL_URL = 'https://h5api.m.goofish.com/h5/mtop.taobao.idle.pc.detail/1.0/?jsv=2.7.2';
const BODY = JSON.stringify({
  api: 'mtop.taobao.idlemtopsearch.pc.search',
  data: { resultList: [] },
  ret: ['SUCCESS::调用成功'],
});

/** A fresh window-like object with its own document, fetch and XMLHttpRequest. */
function fakeWindow(fetchImpl: (input: RequestInfo | URL) => Promise<Response>) {
  const doc = document.implementation.createHTMLDocument('goofish');
  class FakeXhr extends EventTarget {
    responseType: XMLHttpRequestResponseType = '';
    responseText = '';
    response: unknown = null;
    url = '';
    open(_method: string, url: string | URL) {
      this.url = String(url);
    }
    send() {
      queueMicrotask(() => {
        this.responseText = BODY;
        this.response = this.responseType === 'json' ? JSON.parse(BODY) : BODY;
        this.dispatchEvent(new Event('load'));
      });
    }
  }
  return { document: doc, fetch: fetchImpl, XMLHttpRequest: FakeXhr, CustomEvent } as unknown as Window &
    typeof globalThis;
}

function collect(doc: Document): { api: string; url: string; body: string }[] {
  const seen: { api: string; url: string; body: string }[] = [];
  doc.addEventListener(MTOP_EVENT, (event) => seen.push(JSON.parse((event as CustomEvent<string>).detail)));
  return seen;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('installMtopHook (MAIN world)', () => {
  let fetchImpl: ReturnType<typeof vi.fn>;
  let win: Window & typeof globalThis;
  beforeEach(() => {
    fetchImpl = vi.fn(async () => new Response(BODY, { status: 200 }));
    win = fakeWindow(fetchImpl as unknown as (input: RequestInfo | URL) => Promise<Response>);
  });

  it('copies search and detail fetch responses as string details, and the page still gets its response', async () => {
    installMtopHook(win);
    const seen = collect(win.document);
    const response = await win.fetch(SEARCH_URL, { method: 'POST' });
    expect(await response.text()).toBe(BODY);
    await win.fetch(new Request(DETAIL_URL));
    await win.fetch('https://www.goofish.com/other.json');
    await flush();
    expect(seen.map((s) => s.api)).toEqual(['search', 'detail']);
    expect(seen[0]).toEqual({ api: 'search', url: SEARCH_URL, body: BODY });
    expect(fetchImpl).toHaveBeenCalledTimes(3);
  });

  it('copies XHR responses (text and json response types)', async () => {
    installMtopHook(win);
    const seen = collect(win.document);
    for (const type of ['', 'json'] as const) {
      const xhr = new win.XMLHttpRequest();
      xhr.responseType = type;
      xhr.open('POST', SEARCH_URL);
      xhr.send('data=%7B%7D');
    }
    await flush();
    expect(seen).toHaveLength(2);
    expect(JSON.parse(seen[1]?.body ?? '')).toEqual(JSON.parse(BODY));
  });

  it('is idempotent: a second install does not wrap again', async () => {
    installMtopHook(win);
    const wrapped = win.fetch;
    installMtopHook(win);
    expect(win.fetch).toBe(wrapped);
    const seen = collect(win.document);
    await win.fetch(SEARCH_URL);
    await flush();
    expect(seen).toHaveLength(1);
  });

  it('never throws into the page: failing fetches reject as before, odd inputs pass through', async () => {
    fetchImpl.mockImplementation(async () => {
      throw new TypeError('network down');
    });
    installMtopHook(win);
    await expect(win.fetch(SEARCH_URL)).rejects.toThrow('network down');
    fetchImpl.mockImplementation(async () => new Response('not json at all'));
    await expect(win.fetch(null as unknown as string)).resolves.toBeInstanceOf(Response);
    // A listener that throws does not break the page's request.
    win.document.addEventListener(MTOP_EVENT, () => {
      throw new Error('listener bug');
    });
    await expect(win.fetch(SEARCH_URL)).resolves.toBeInstanceOf(Response);
  });

  it('keeps the last 8 responses and replays them on request', async () => {
    installMtopHook(win);
    for (let i = 0; i < 10; i++) await win.fetch(`${SEARCH_URL}&n=${i}`);
    await flush();
    const seen = collect(win.document);
    win.document.dispatchEvent(new CustomEvent(MTOP_REPLAY_EVENT));
    expect(seen.map((s) => s.url.slice(-3))).toEqual([
      'n=2',
      'n=3',
      'n=4',
      'n=5',
      'n=6',
      'n=7',
      'n=8',
      'n=9',
    ]);
  });
});

describe('subscribeMtop (isolated world)', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it('hands on parsed responses, asks for a replay, and stops on abort', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const replays = vi.fn();
    doc.addEventListener(MTOP_REPLAY_EVENT, replays);
    const got: [string, unknown, string][] = [];
    subscribeMtop(doc, (api, json, url) => got.push([api, json, url]), controller.signal);
    expect(replays).toHaveBeenCalledTimes(1);
    const send = (detail: unknown) => doc.dispatchEvent(new CustomEvent(MTOP_EVENT, { detail }));
    send(JSON.stringify({ api: 'search', url: SEARCH_URL, body: BODY }));
    send(JSON.stringify({ api: 'detail', url: DETAIL_URL, body: `mtopjsonp3(${BODY})` }));
    expect(got.map(([api]) => api)).toEqual(['search', 'detail']);
    expect(got[1]?.[1]).toEqual(JSON.parse(BODY));
    controller.abort();
    send(JSON.stringify({ api: 'search', url: SEARCH_URL, body: BODY }));
    expect(got).toHaveLength(2);
  });

  it('ignores details a hostile page could send', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const onResponse = vi.fn();
    subscribeMtop(doc, onResponse, controller.signal);
    for (const detail of [
      { api: 'search', url: SEARCH_URL, body: BODY },
      '{not json',
      JSON.stringify({ api: 'evil', url: SEARCH_URL, body: BODY }),
      JSON.stringify({ api: 'search', url: 42, body: BODY }),
      JSON.stringify({ api: 'search', url: SEARCH_URL, body: 'no json here' }),
      JSON.stringify({ api: 'search', url: SEARCH_URL, body: '"just a string"' }),
      JSON.stringify(null),
      'x'.repeat(7 * 1024 * 1024),
      undefined,
    ]) {
      doc.dispatchEvent(new CustomEvent(MTOP_EVENT, { detail }));
    }
    expect(onResponse).not.toHaveBeenCalled();
  });

  it('a consumer that throws does not stop later responses', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const onResponse = vi.fn(() => {
      throw new Error('consumer bug');
    });
    subscribeMtop(doc, onResponse, controller.signal);
    const detail = JSON.stringify({ api: 'search', url: SEARCH_URL, body: BODY });
    doc.dispatchEvent(new CustomEvent(MTOP_EVENT, { detail }));
    doc.dispatchEvent(new CustomEvent(MTOP_EVENT, { detail }));
    expect(onResponse).toHaveBeenCalledTimes(2);
  });

  it('the hook and the subscriber talk end to end, including responses seen before subscribing', async () => {
    const win = fakeWindow(async () => new Response(BODY));
    installMtopHook(win);
    await win.fetch(SEARCH_URL);
    await flush();
    const got: string[] = [];
    subscribeMtop(win.document, (api) => got.push(api), controller.signal);
    expect(got).toEqual(['search']);
    await win.fetch(DETAIL_URL);
    await flush();
    expect(got).toEqual(['search', 'detail']);
  });

  it('parseDetail accepts an already-parsed body object', () => {
    expect(parseDetail(JSON.stringify({ api: 'detail', url: DETAIL_URL, body: { data: {} } }))).toEqual({
      api: 'detail',
      url: DETAIL_URL,
      json: { data: {} },
    });
  });
});
