/**
 * `regions <file|-> --site <id>`: one location text per input line → one JSON line
 * `{"text", "region"}` with ISO 3166-1/3166-2 codes (interfaces.md).
 */
import { parseRegion } from '@/lib/region';
import { perLineSiteCommand } from './per-line';

export const command = perLineSiteCommand({
  name: 'regions',
  summary: 'JSON Lines: the country and subdivision (ISO 3166) of each location text',
  what: 'location',
  field: 'region',
  read: (text, site) => parseRegion(text, { site }),
});
