/**
 * The options page's trend fields as typed text, checked against the settings' bounds before
 * anything is saved (an out-of-range value is shown as invalid, never stored).
 */

const INTEGER = /^\s*\d{1,4}\s*$/;
const DECIMAL = /^\s*\d{1,3}(?:[.,]\d{1,3})?\s*$/;

/** Days 7–730, whole; null otherwise. */
export function parseWindowDays(text: string): number | null {
  if (!INTEGER.test(text)) return null;
  const days = Number(text);
  return days >= 7 && days <= 730 ? days : null;
}

/** A band typed in percent (0.5–50) as the stored fraction; null otherwise. */
export function parseBandPercent(text: string): number | null {
  if (!DECIMAL.test(text)) return null;
  const percent = Number(text.trim().replace(',', '.'));
  if (!(percent >= 0.5 && percent <= 50)) return null;
  return Math.round(percent * 10) / 1000;
}
