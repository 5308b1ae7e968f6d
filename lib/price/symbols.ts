import type { SiteCurrencies } from './context';

/**
 * Currency marks as sellers write them, before or after the number. Marks that depend on the
 * site ("$", "¥", "kr") resolve through {@link SiteCurrencies}; the rest are certain.
 */

// ISO 4217 codes accepted as written marks ("EUR 49.99", "1000 RUB"). RMB is the common alias of CNY.
const CODES = new Set(
  (
    'USD EUR GBP CNY JPY RUB KZT HKD CAD AUD CHF NZD SGD TWD KRW INR TRY UAH PLN CZK SEK NOK DKK ' +
    'HUF RON BGN BRL MXN ARS CLP COP AED SAR QAR KWD ILS THB VND PHP MYR IDR ZAR EGP NGN BYN UZS ' +
    'GEL AMD AZN KGS TJS MDL RSD ISK PKR BDT LKR'
  ).split(' '),
);

// Fixed symbol or word → ISO code. Lower-cased keys for words.
const FIXED: Record<string, string> = {
  US$: 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  AU$: 'AUD',
  A$: 'AUD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  SG$: 'SGD',
  NT$: 'TWD',
  MX$: 'MXN',
  R$: 'BRL',
  'CN¥': 'CNY',
  'JP¥': 'JPY',
  '£': 'GBP',
  '€': 'EUR',
  '₽': 'RUB',
  '₸': 'KZT',
  '₹': 'INR',
  '₩': 'KRW',
  '₺': 'TRY',
  '₴': 'UAH',
  '₪': 'ILS',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
  元: 'CNY',
  圆: 'CNY',
  块: 'CNY',
  円: 'JPY',
  руб: 'RUB',
  'руб.': 'RUB',
  рубль: 'RUB',
  рубля: 'RUB',
  рублей: 'RUB',
  'р.': 'RUB',
  тг: 'KZT',
  тенге: 'KZT',
  zł: 'PLN',
  kč: 'CZK',
  ft: 'HUF',
  lei: 'RON',
  rmb: 'CNY',
};

/**
 * The ISO code of a written currency mark, `'?'` when it is a currency mark whose meaning the
 * site leaves uncertain (¥ on an unknown site), or null when it is not a currency mark.
 */
export function resolveMark(mark: string | undefined, site: SiteCurrencies): string | null {
  if (!mark) return null;
  const compact = mark.replace(/ /g, '');
  if (compact === '$') return site.dollar ?? '?';
  if (compact === '¥') return site.yen ?? '?';
  if (compact === 'kr') return site.krone ?? '?';
  const fixed = FIXED[compact] ?? FIXED[compact.toLowerCase()];
  if (fixed) return fixed;
  const upper = compact.toUpperCase();
  if (upper === 'RMB') return 'CNY';
  return compact.length === 3 && CODES.has(upper) && compact === upper ? upper : null;
}
