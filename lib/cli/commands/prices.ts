/**
 * `prices <file|-> --site <id>`: one price text per input line → one JSON line `{"text", "price"}`
 * (interfaces.md). The site sets the currency context: ¥ is CNY on goofish, JPY on mercari-jp.
 */
import { parsePrice } from '@/lib/price';
import { perLineSiteCommand } from './per-line';

export const command = perLineSiteCommand({
  name: 'prices',
  summary: 'JSON Lines: the amount, currency and range maximum of each price text',
  what: 'price',
  field: 'price',
  read: (text, site) => parsePrice(text, { site }),
});
