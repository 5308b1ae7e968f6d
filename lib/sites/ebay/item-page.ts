/** Reading an eBay item page (`/itm/<id>`): the main item block, never its carousels. */
import { attrOf, documentOf, queryAllWithSelf, textOf } from '../dom';
import { cardResult, type RawCardResult } from '../raw-page';
import { isoFromIso } from '../time';
import { SELECTORS } from './selectors';
import { ebayItemId, ebayItemUrl } from './url';

// Also inside JSON that is itself a string (\"itemCreationDate\":\"…\").
const CREATED_RE = /itemCreationDate\\?"\s*:\s*\\?"([^"\\]{10,40})/;
// Inline JSON: "itemLocation":{…"values":[{…"text":"Tulsa, Oklahoma, United States"
const LOCATION_JSON_RE =
  /itemLocation\\?"\s*:\s*\{[\s\S]{0,600}?values\\?"\s*:\s*\[[\s\S]{0,300}?"text\\?"\s*:\s*\\?"([^"\\]{2,120})/;
const LABEL_RE =
  /^(?:item location|located in|artikelstandort|standort|lieu où se trouve l'objet|posizione dell'oggetto|ubicado en|ubicación del artículo)\s*:\s*/i;
const MAX_SCRIPT_SCAN = 2_000_000;

/** The main block: the nearest ancestor of the title that also holds the main price. */
export function findItemMain(root: ParentNode): Element[] {
  const title = queryAllWithSelf(root, SELECTORS.itemTitle)[0];
  if (!title) return [];
  let block: Element | null = title.parentElement;
  while (block && !block.querySelector(SELECTORS.itemPrice)) block = block.parentElement;
  return [block ?? title];
}

/** Read the main block of the item page at `url` on the eBay domain `tld`. */
export function readItemMain(block: Element, url: URL, tld: string): RawCardResult {
  const doc = documentOf(block);
  const id =
    ebayItemId(url.pathname + url.search) ??
    ebayItemId(attrOf(doc?.querySelector(SELECTORS.itemCanonical), 'href'));
  if (!id) return { raw: null, missing: ['id'] };
  const titleEl = block.querySelector(SELECTORS.itemTitle);
  const title = textOf(titleEl?.querySelector('.ux-textspans') ?? titleEl);
  if (!title) return { raw: null, missing: ['title'] };
  const priceEl = block.querySelector(SELECTORS.itemPrice);
  const scripts = doc ? scriptText(doc) : '';
  return cardResult({
    site: 'ebay',
    market: `ebay-${tld.replace('.', '-')}`,
    listingId: id,
    url: ebayItemUrl(tld, id),
    title,
    prices: [textOf(priceEl?.querySelector('.ux-textspans') ?? priceEl), textOf(priceEl)],
    regions: [locationOf(doc ?? block), jsonLocation(scripts)],
    postedAt: isoFromIso(CREATED_RE.exec(scripts)?.[1]),
    advert: false,
    attributes: [textOf(doc?.querySelector(SELECTORS.itemCondition))],
  });
}

function locationOf(root: ParentNode): string | null {
  const el = root.querySelector(SELECTORS.itemLocation);
  const text = textOf(el).replace(LABEL_RE, '');
  return text || null;
}

function jsonLocation(scripts: string): string | null {
  const text = LOCATION_JSON_RE.exec(scripts)?.[1];
  return text ? text.replace(LABEL_RE, '') : null;
}

/** The inline scripts that mention the fields we read (item pages carry several MB of script). */
function scriptText(doc: Document): string {
  let out = '';
  for (const script of doc.querySelectorAll(SELECTORS.script)) {
    const text = script.textContent ?? '';
    if (!text.includes('itemCreationDate') && !text.includes('itemLocation')) continue;
    out += `${text}\n`;
    if (out.length > MAX_SCRIPT_SCAN) break;
  }
  return out;
}
