/**
 * The MAIN-world half of the goofish API bridge. It wraps the page's `fetch` and
 * `XMLHttpRequest` so that responses of the two mtop APIs RigScout reads are copied to the
 * isolated-world content script as `rigscout:mtop` events on `document`. The page receives
 * exactly what it would have received; every step of the copy is guarded so nothing can throw
 * into the page. The detail is a JSON string because object details do not cross from the MAIN
 * world to the isolated world in every browser.
 */

/** Event the hook dispatches for each observed response: detail = JSON `{api, url, body}`. */
export const MTOP_EVENT = 'rigscout:mtop';
/** Event the content script dispatches to get the responses it missed replayed. */
export const MTOP_REPLAY_EVENT = 'rigscout:mtop-replay';

const PATTERNS: readonly (readonly [string, 'search' | 'detail'])[] = [
  ['mtop.taobao.idlemtopsearch.pc.search', 'search'],
  ['mtop.taobao.idle.pc.detail', 'detail'],
];
const KEEP = 8;
// Larger bodies are not search pages or item details; copying them would only cost memory.
const MAX_BODY = 4 * 1024 * 1024;
const INSTALLED = Symbol.for('rigscout.mtopHook');

type HookedWindow = Window & typeof globalThis & { [INSTALLED]?: true };

/** Wrap `win.fetch` and `win.XMLHttpRequest` once; later calls do nothing. */
export function installMtopHook(win: Window): void {
  const w = win as HookedWindow;
  try {
    if (w[INSTALLED]) return;
    Object.defineProperty(w, INSTALLED, { value: true });
  } catch {
    return;
  }
  const recent: string[] = [];
  const emit = (api: 'search' | 'detail', url: string, body: string) => {
    if (body.length === 0 || body.length > MAX_BODY) return;
    const detail = JSON.stringify({ api, url, body });
    recent.push(detail);
    if (recent.length > KEEP) recent.shift();
    dispatch(w, detail);
  };
  try {
    w.document.addEventListener(MTOP_REPLAY_EVENT, () => {
      for (const detail of recent.slice()) dispatch(w, detail);
    });
  } catch {
    // No document to talk through: nothing to hook for.
    return;
  }
  wrapFetch(w, emit);
  wrapXhr(w, emit);
}

type Emit = (api: 'search' | 'detail', url: string, body: string) => void;

function apiOf(url: string): 'search' | 'detail' | null {
  for (const [pattern, api] of PATTERNS) if (url.includes(pattern)) return api;
  return null;
}

function dispatch(w: HookedWindow, detail: string): void {
  try {
    w.document.dispatchEvent(new w.CustomEvent(MTOP_EVENT, { detail }));
  } catch {
    // A listener or a torn-down document must never break the page's request.
  }
}

function wrapFetch(w: HookedWindow, emit: Emit): void {
  const original = w.fetch;
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, ...args: Parameters<typeof fetch>): Promise<Response> {
    const result = original.apply(this, args) as Promise<Response>;
    try {
      const input = args[0];
      const url =
        typeof input === 'string' ? input : input instanceof URL ? input.href : (input as Request)?.url;
      const api = typeof url === 'string' ? apiOf(url) : null;
      if (api && url) {
        result.then(
          (response) => {
            try {
              response
                .clone()
                .text()
                .then((body) => emit(api, url, body))
                .catch(() => {});
            } catch {
              // Body already used or not clonable: the page keeps its response.
            }
          },
          () => {},
        );
      }
    } catch {
      // Never let the copy disturb the request.
    }
    return result;
  };
  disguise(wrapped, original);
  w.fetch = wrapped as typeof fetch;
}

function wrapXhr(w: HookedWindow, emit: Emit): void {
  const proto = w.XMLHttpRequest?.prototype;
  if (!proto) return;
  const open = proto.open;
  const send = proto.send;
  const urls = new WeakMap<XMLHttpRequest, string>();
  const wrappedOpen = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = args[1];
      urls.set(this, url instanceof URL ? url.href : String(url));
    } catch {
      // Keep the request going whatever the URL is.
    }
    return (open as (...a: unknown[]) => void).apply(this, args);
  };
  const wrappedSend = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = urls.get(this);
      const api = url ? apiOf(url) : null;
      if (api && url) {
        this.addEventListener('load', () => {
          try {
            const body = responseText(this);
            if (body) emit(api, url, body);
          } catch {
            // An unreadable response stays the page's business.
          }
        });
      }
    } catch {
      // Never let the copy disturb the request.
    }
    return (send as (...a: unknown[]) => void).apply(this, args);
  };
  disguise(wrappedOpen, open);
  disguise(wrappedSend, send);
  proto.open = wrappedOpen as typeof proto.open;
  proto.send = wrappedSend as typeof proto.send;
}

function responseText(xhr: XMLHttpRequest): string | null {
  if (xhr.responseType === '' || xhr.responseType === 'text') return xhr.responseText;
  if (xhr.responseType === 'json' && xhr.response != null) return JSON.stringify(xhr.response);
  return null;
}

// Page scripts (and anti-bot checks) sometimes look at fetch.toString(): keep the native answer.
function disguise(wrapped: object, original: object): void {
  try {
    Object.defineProperty(wrapped, 'toString', { value: () => Function.prototype.toString.call(original) });
    Object.defineProperty(wrapped, 'name', { value: (original as { name?: string }).name ?? '' });
  } catch {
    // Cosmetic only.
  }
}
