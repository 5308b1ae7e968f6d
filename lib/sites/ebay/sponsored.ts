/**
 * eBay's "Sponsored" label, read through its disguises. The 2025+ layouts spell it with
 * invisible separators (U+2063 and friends) between the letters, older pages one letter per
 * span, both sometimes with decoy letters mixed in, so the word never appears as plain text. The 2022 legacy layout puts a label on
 * every card and lets a run-time script decide which ones show; when every card of a page
 * carries one, the labels say nothing about any single card.
 */
import { SELECTORS } from './selectors';

// Zero-width, word-joiner and invisible-operator characters.
const INVISIBLE_RE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD]/;
const INVISIBLE_ALL_RE = /[\s\u200B-\u200D\u2060-\u2064\uFEFF\u00AD]/g;
/** The label in each eBay site language. */
const WORDS = [
  'sponsored',
  'anzeige',
  'gesponsert',
  'sponsorisé',
  'sponsorizzato',
  'patrocinado',
  'promoted',
];
const EXACT_RE = new RegExp(`^(?:${WORDS.join('|')})$`, 'i');
const MAX_LABEL = 60;
const CANDIDATES = 'span,div,p';

const decoyPages = new WeakMap<Document, boolean>();

/** Whether a card shows a sponsored label (and the page's labels mean anything). */
export function isSponsored(card: Element): boolean {
  const doc = card.ownerDocument;
  return hasLabel(card) && !(doc && labelsOnEveryCard(doc));
}

/** Whether the card carries a sponsored label, plain or disguised. */
export function hasLabel(card: Element): boolean {
  // Skip the element walk for cards whose text cannot spell the label even with gaps.
  const all = card.textContent ?? '';
  if (!INVISIBLE_RE.test(all) && !spellsLabel(all.toLowerCase())) return false;
  for (const el of card.querySelectorAll(CANDIDATES)) {
    const raw = el.textContent ?? '';
    if (raw.length === 0 || raw.length > MAX_LABEL) continue;
    const text = raw.replace(INVISIBLE_ALL_RE, '');
    if (EXACT_RE.test(text)) return true;
    // Disguised spelling: separators between letters, maybe decoys; the word is a subsequence.
    const disguised = INVISIBLE_RE.test(raw) || spelledByLetters(el);
    if (disguised && text.length <= 3 * 'sponsored'.length && spellsLabel(text.toLowerCase())) {
      return true;
    }
  }
  return false;
}

/** One letter per child element (older legacy pages hid decoy letters among them with CSS). */
function spelledByLetters(el: Element): boolean {
  if (el.childElementCount < 5) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if ((child.textContent ?? '').trim().length > 1) return false;
  }
  return true;
}

function spellsLabel(text: string): boolean {
  return WORDS.some((word) => isSubsequence(word, text));
}

function isSubsequence(word: string, text: string): boolean {
  let i = 0;
  for (let j = 0; j < text.length && i < word.length; j++) if (text[j] === word[i]) i++;
  return i === word.length;
}

/**
 * The 2022 legacy page labels every card and reveals some by script: a label on all of at least
 * three cards is that scheme, not a real mark. Computed once per document.
 */
function labelsOnEveryCard(doc: Document): boolean {
  const known = decoyPages.get(doc);
  if (known !== undefined) return known;
  const cards = doc.querySelectorAll(SELECTORS.card);
  let labelled = 0;
  for (const card of cards) if (hasLabel(card)) labelled++;
  const decoy = cards.length >= 3 && labelled === cards.length;
  decoyPages.set(doc, decoy);
  return decoy;
}
