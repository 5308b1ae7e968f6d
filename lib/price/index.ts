/**
 * Price texts as marketplaces show them, read into `{amount, currency, maxAmount}`.
 *
 * The first money figure is the price ("$92.92$109.32" is a sale price beside the old one); a
 * figure joined to the next by "to", "bis", "–", "-", "~", "至" makes a range. Shipping ("+EUR 6,99
 * Versand"), old-price and price-cut tags (累计降价82.00元), rates per TH or per hour, and texts
 * with no price (面议, "Price on request") give null. The site decides what "¥", "$" and a bare
 * number mean (see ./context). Never throws.
 */
import type { Price } from '@/lib/schema';
import { type PriceContext, type SiteCurrencies, siteCurrencies } from './context';
import { normalizeText } from './normalize';
import { NUMBER_SOURCE, readNumber } from './number';
import { resolveMark } from './symbols';

export type { PriceContext } from './context';
export { normalizeText } from './normalize';

const MAX_TEXT = 300;

// Marks before a number. Letter prefixes must not be the tail of a word ("XPS $5").
const PRE = String.raw`(?<![A-Za-z])(?:US|CA|C|AU|A|HK|NZ|SG|S|NT|MX|R) ?\$|(?<![A-Za-z])(?:CN|JP) ?¥|\$|£|€|¥|₽|₸|₹|₩|₺|₴|₪|₱|฿|₫|(?<![A-Za-z])(?:[A-Z]{3}|RMB)(?![A-Za-z])`;
// Magnitude words: 万 = 10 000, тыс. = 1 000, "k" only when no letter follows ("8K" hashrates are
// never currency-marked, so they never reach here as a price).
const MAG = String.raw`万|萬|千|亿|億|k(?!\p{L})|K(?!\p{L})|тыс\.?|млн\.?|Mio\.?`;
// Marks after a number. Symbols that can also start the next figure must not be followed by one.
const SUF = String.raw`元|圆|块|円|(?:₽|€|£|\$|¥)(?! ?\d)|руб(?:лей|ля|ль|\.)?|р\.|₸|тг|тенге|zł|Kč|kr(?!\p{L})|Ft(?!\p{L})|lei(?!\p{L})|(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])`;
const TOKEN_RE = new RegExp(`(?:(${PRE}) ?)?(${NUMBER_SOURCE})(?: ?(${MAG}))?(?: ?(${SUF}))?`, 'gu');

const MAGNITUDES: Record<string, number> = {
  万: 1e4,
  萬: 1e4,
  千: 1e3,
  亿: 1e8,
  億: 1e8,
  k: 1e3,
  K: 1e3,
  тыс: 1e3,
  'тыс.': 1e3,
  млн: 1e6,
  'млн.': 1e6,
  Mio: 1e6,
  'Mio.': 1e6,
};

// Whole texts that mean "no price shown" (面议 is unverified on Xianyu but documented by sellers).
const NO_PRICE_RE =
  /面议|议价面谈|价格私聊|price on request|call for price|contact for price|preis auf anfrage|prix sur demande|prezzo su richiesta|precio a consultar|цена договорная|договорная|цена не указана|по запросу/i;
// Price-cut and discount tags are never the current price.
const CUT_RE = /降价|已降|直降|立减|优惠券/;
// Rates: per terahash, per kWh, per hour/day/month are not the price of the machine.
const RATE_RE =
  /\/ ?(?:th?|kwh?|квт\S*|h|hrs?|hours?|mo|months?|days?|yr|years?|мес\S*|час\S*|ч|сут\S*|год|月|天|日|度|小时|年|周)(?![a-z])|(?:в|за) (?:час|месяц|сутки)|\bper (?:hour|month|day|th|kwh)\b|每(?:度|月|天|小时|T)/i;
// A figure right after one of these labels is shipping or the old price, not the price.
const BEFORE_NOT_PRICE_RE =
  /(?:\+|(?<![a-z])(?:shipping|postage|delivery|versand|porto|livraison|frais de port|spedizione|env[ií]o|was|previously|originally|list price|uvp|statt|ehemals|prix de référence|prezzo di listino|save|you save|spare|sparen|économisez|risparmi|ahorra)|доставка|скидка|экономия|运费|邮费|原价|原價|划线价|立省|старая цена)\s?:?\s?$/i;
// A figure followed at once by one of these words is a shipping cost.
const AFTER_NOT_PRICE_RE =
  /^\s?(?:shipping|postage|delivery|versand|livraison|spedizione|env[ií]o|доставка|运费|邮费)/i;
const RANGE_SEP_RE = /^ ?(?:-|–|—|~|～|〜|to|bis|à|a|al|до|至|到) ?$/i;
const FREE_RE = /^(?:free|gratis|бесплатно|даром|отдам даром|免费|免费送|zu verschenken)$/i;
const FREE_SITES = new Set(['facebook', 'craigslist', 'kijiji', 'avito']);
// Labels that may stand before a bare number ("当前价 1306", "Цена: 5000").
const LABEL_RE =
  /^(?:当前价|价格|售价|现价|一口价|到手价|price|preis|prix|prezzo|precio|цена|now|jetzt)\s?:?\s?/i;
const BARE_TAIL_RE = /\s?(?:起|or best offer|obo|o\.?b\.?o\.?|vb|verhandlungsbasis)$/i;

interface Token {
  start: number;
  end: number;
  value: number;
  /** ISO code, '?' for an uncertain mark, null when the figure carries no mark. */
  currency: string | null;
  magnitude: number;
}

/** Read one price text. Null when it shows no price, or when its currency is not certain. */
export function parsePrice(text: string, ctx: PriceContext): Price | null {
  if (typeof text !== 'string') return null;
  const clean = normalizeText(text);
  if (clean === '' || clean.length > MAX_TEXT) return null;
  if (NO_PRICE_RE.test(clean) || CUT_RE.test(clean) || RATE_RE.test(clean)) return null;
  const site = siteCurrencies(ctx);
  if (FREE_RE.test(clean)) {
    const free = site.bare ?? site.dollar;
    return FREE_SITES.has(String(ctx.site).toLowerCase()) && free ? price(0, free, null) : null;
  }
  const tokens = tokenize(clean, site);
  if (tokens.length === 0) return null;
  const marked = tokens.findIndex((t, i) => t.currency !== null && qualifies(clean, tokens, i));
  if (marked === -1) return readBare(clean, tokens, site);
  const chosen = tokens[marked] as Token;
  if (chosen.currency === '?') return null;
  const currency = chosen.currency as string;
  const prev = tokens[marked - 1];
  if (prev && prev.currency === null && isRangeGap(clean, prev, chosen) && standsAlone(clean, prev)) {
    const low = prev.magnitude === 1 ? prev.value * chosen.magnitude : prev.value;
    return price(low, currency, chosen.value);
  }
  const next = tokens[marked + 1];
  if (next && (next.currency === null || next.currency === currency) && isRangeGap(clean, chosen, next)) {
    return price(chosen.value, currency, next.value);
  }
  return price(chosen.value, currency, null);
}

/**
 * Read Xianyu's split price spans or JSON parts (["¥","5642",".50"], ["¥","2.19","万"],
 * ["当前价","¥","1306"]). The malformed ["¥","万"] gives null.
 */
export function parsePriceParts(parts: readonly string[], ctx: PriceContext): Price | null {
  if (!Array.isArray(parts)) return null;
  let joined = '';
  for (const part of parts) if (typeof part === 'string') joined += part.trim();
  return parsePrice(joined, ctx);
}

function tokenize(clean: string, site: SiteCurrencies): Token[] {
  const tokens: Token[] = [];
  for (const m of clean.matchAll(TOKEN_RE)) {
    const whole = m[0];
    const pre = m[1];
    const num = m[2] ?? '';
    const mag = m[4];
    const suf = m[5];
    const magnitude = mag ? (MAGNITUDES[mag] ?? 1) : 1;
    const value = readNumber(num, magnitude !== 1) * magnitude;
    if (!Number.isFinite(value)) continue;
    const start = m.index ?? 0;
    const currency = resolveMark(pre, site) ?? resolveMark(suf, site);
    tokens.push({ start, end: start + whole.length, value, currency, magnitude });
    if (tokens.length > 16) break;
  }
  return tokens;
}

/** Whether token i is a candidate price: not shipping, not the old price, not a percentage. */
function qualifies(clean: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = clean.slice(i > 0 ? (tokens[i - 1] as Token).end : 0, t.start);
  if (BEFORE_NOT_PRICE_RE.test(before)) return false;
  const after = clean.slice(t.end, t.end + 16);
  return !AFTER_NOT_PRICE_RE.test(after) && after[0] !== '%';
}

function isRangeGap(clean: string, a: Token, b: Token): boolean {
  return RANGE_SEP_RE.test(clean.slice(a.end, b.start));
}

// A bare figure joined to a marked one makes a range only when it is a word of its own ("350–450 ₽"),
// not the tail of a model name ("S19-$500").
function standsAlone(clean: string, t: Token): boolean {
  const before = clean[t.start - 1];
  return before === undefined || !/[\p{L}\p{N}]/u.test(before);
}

// Numbers with no currency mark count only when they are the whole text ("5642.50", "1.2万",
// "当前价 1306", "1000-2000"), and only on sites where a bare number has a known currency.
function readBare(clean: string, tokens: readonly Token[], site: SiteCurrencies): Price | null {
  if (!site.bare || tokens.length > 2) return null;
  const body = clean.replace(LABEL_RE, '').replace(BARE_TAIL_RE, '');
  const first = tokens[0] as Token;
  const offset = clean.length - clean.replace(LABEL_RE, '').length;
  if (first.start !== offset) return null;
  const last = tokens[tokens.length - 1] as Token;
  if (last.end !== offset + body.length) return null;
  if (tokens.length === 1) return price(first.value, site.bare, null);
  if (!isRangeGap(clean, first, last)) return null;
  const low = first.magnitude === 1 ? first.value * last.magnitude : first.value;
  return price(low, site.bare, last.value);
}

function price(amount: number, currency: string, max: number | null): Price | null {
  if (!Number.isFinite(amount) || amount < 0 || amount > 1e12) return null;
  const a = round(amount);
  const m = max !== null && Number.isFinite(max) && max <= 1e12 ? round(max) : null;
  return { amount: a, currency, maxAmount: m !== null && m > a ? m : null };
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
