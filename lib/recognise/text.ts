/** Title text as every recogniser rule sees it. */

/** Longest text the recogniser reads; a title beyond this is noise, not a seller's words. */
export const MAX_TEXT = 2000;

// Full-width forms (Ｓ１９，＋) and ideographic space are common in Chinese titles; NFKC folds
// them. Testing first keeps the common all-ASCII/CJK title off the slower normalize() path.
const NEEDS_NFKC = /[\u3000\uFF01-\uFF5E\u2160-\u217F]/;
// Dashes, dots and quotes sellers put between model parts; folded to plain ASCII.
const DASHES = /[\u2010-\u2015\u2212\uFE63]/g;

/** Lower-cased, width-folded, length-capped text; never throws on any string. */
export function normalise(text: unknown): string {
  let s = typeof text === 'string' ? text : text == null ? '' : String(text);
  if (s.length > MAX_TEXT) s = s.slice(0, MAX_TEXT);
  if (NEEDS_NFKC.test(s)) s = s.normalize('NFKC');
  return s.replace(DASHES, '-').toLowerCase();
}

/** Whether a UTF-16 code unit is an ASCII letter or digit (after lower-casing: a–z, 0–9). */
export function isAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Whether a UTF-16 code unit is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
