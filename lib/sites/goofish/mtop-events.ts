/**
 * The isolated-world half of the goofish API bridge: listens for the MAIN-world hook's
 * `rigscout:mtop` events and hands each response's JSON on. The page can dispatch the same
 * event, so every detail is validated as untrusted input before use.
 */
import { MTOP_EVENT, MTOP_REPLAY_EVENT } from './mtop-hook';

// Guard against a page flooding the listener with huge strings.
const MAX_DETAIL = 6 * 1024 * 1024;
// mtop may answer as JSONP: `mtopjsonp3({...})`.
const JSONP_RE = /^\s*[\w$.]+\s*\(([\s\S]*)\)\s*;?\s*$/;

/**
 * Call `onResponse` for every search or detail response the hook observed, then ask the hook
 * to replay the ones that arrived before this listener existed. Stops when `signal` aborts.
 */
export function subscribeMtop(
  doc: Document,
  onResponse: (api: 'search' | 'detail', json: unknown, url: string) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const listener = (event: Event) => {
    const parsed = parseDetail((event as CustomEvent<unknown>).detail);
    if (!parsed) return;
    try {
      onResponse(parsed.api, parsed.json, parsed.url);
    } catch {
      // One bad response must not stop the next ones.
    }
  };
  doc.addEventListener(MTOP_EVENT, listener, { signal });
  try {
    const EventCtor = doc.defaultView?.CustomEvent ?? CustomEvent;
    doc.dispatchEvent(new EventCtor(MTOP_REPLAY_EVENT));
  } catch {
    // Without a replay we still get every later response.
  }
}

/** A validated `{api, url, body}` detail, with the body parsed; null for anything else. */
export function parseDetail(
  detail: unknown,
): { api: 'search' | 'detail'; url: string; json: unknown } | null {
  if (typeof detail !== 'string' || detail.length > MAX_DETAIL) return null;
  const outer = parseJson(detail);
  if (typeof outer !== 'object' || outer === null) return null;
  const { api, url, body } = outer as Record<string, unknown>;
  if ((api !== 'search' && api !== 'detail') || typeof url !== 'string' || url.length > 8192) return null;
  let json: unknown = body;
  if (typeof body === 'string') {
    json = parseJson(body);
    if (json === undefined) {
      const inner = JSONP_RE.exec(body)?.[1];
      json = inner === undefined ? undefined : parseJson(inner);
    }
  }
  if (typeof json !== 'object' || json === null) return null;
  return { api, url, json };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
