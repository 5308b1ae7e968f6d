/**
 * Text clean-up shared by the price and region parsers. Marketplace text carries invisible
 * characters (eBay hides its "Sponsored" marker behind U+2063 and decoys), several kinds of
 * space (Avito groups thousands with NBSP or U+202F) and full-width forms (Chinese pages).
 */

// Zero-width and invisible formatting characters.
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060-\u2064\uFEFF]/g;
// Every space-like character, runs collapsed to one ASCII space.
const SPACES_RE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
// Full-width ASCII (digits, letters, punctuation) as Chinese and Japanese pages write it.
const FULLWIDTH_RE = /[\uFF01-\uFF5E]/g;

/**
 * One-line text with invisible characters removed, spaces collapsed and full-width ASCII folded
 * to ASCII (U+FFE5 ￥ becomes ¥). Never throws.
 */
export function normalizeText(text: string): string {
  return text
    .replace(INVISIBLE_RE, '')
    .replace(FULLWIDTH_RE, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\uFFE5/g, '¥')
    .replace(/\uFFE1/g, '£')
    .replace(SPACES_RE, ' ')
    .trim();
}
