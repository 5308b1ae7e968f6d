/**
 * Posting times as the sites give them, turned into ISO 8601 UTC instants to the second
 * (`2024-04-26T13:53:49Z`). Every reader returns null for anything it cannot place exactly.
 */

// Sites do not post before 2000 nor years ahead; anything outside is a misread field.
const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const EPOCH_RE = /^\d{9,13}$/;
const LOCAL_RE =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]*(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2}))?)?/;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** An instant in ms since the epoch, as an ISO string to the second; null when implausible. */
export function isoFromMs(ms: number): string | null {
  if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS) return null;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Epoch milliseconds given as a number or a digit string (mtop `publishTime`, `gmtCreate`). */
export function isoFromEpoch(value: unknown): string | null {
  if (typeof value === 'number') return isoFromMs(value < 1e11 ? value * 1000 : value);
  if (typeof value !== 'string' || !EPOCH_RE.test(value.trim())) return null;
  const n = Number(value.trim());
  // Ten digits are seconds; thirteen are milliseconds.
  return isoFromMs(n < 1e11 ? n * 1000 : n);
}

/**
 * A wall-clock time in China (Asia/Shanghai, UTC+8 all year, no daylight saving), such as
 * mtop's `GMT_CREATE_DATE_KEY` "2026-09-22 08:43:40" or a page's "2024年4月26日 21:53".
 */
export function isoFromShanghaiLocal(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const m = LOCAL_RE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  return isoFromMs(Date.UTC(y, mo - 1, d, h, mi, s) - SHANGHAI_OFFSET_MS);
}

/** An ISO 8601 timestamp with a zone (eBay `itemCreationDate`), normalised to UTC seconds. */
export function isoFromIso(text: unknown): string | null {
  if (typeof text !== 'string' || !ISO_RE.test(text.trim())) return null;
  return isoFromMs(Date.parse(text.trim()));
}
