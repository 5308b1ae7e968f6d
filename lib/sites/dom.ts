/**
 * Small DOM helpers shared by the site adapters. They only use what both browsers and happy-dom
 * implement, never throw on odd markup, and allocate little: readers run once per card.
 */

// NBSP, narrow NBSP, ideographic space and friends become plain spaces; zero-width and
// invisible-separator characters (eBay hides words with them) disappear.
const INVISIBLE_RE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD]/g;
const SPACE_RE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * A selector for elements carrying a class that starts with `prefix`: CSS-module class names
 * end in a build hash (`feeds-item-wrap--rGdH_KoF`) that changes with every deploy.
 */
export function byClassPrefix(prefix: string, tag = ''): string {
  return `${tag}[class^="${prefix}"],${tag}[class*=" ${prefix}"]`;
}

/** Collapse whitespace, drop invisible characters, trim. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(INVISIBLE_RE, '').replace(SPACE_RE, ' ').trim();
}

/** The cleaned text content of an element ('' for none). */
export function textOf(el: Element | null | undefined): string {
  return el ? cleanText(el.textContent) : '';
}

/** The cleaned value of an attribute ('' when absent). */
export function attrOf(el: Element | null | undefined, name: string): string {
  return el ? cleanText(el.getAttribute(name)) : '';
}

/**
 * Text of `el` leaving out descendants that match `skip` (screen-reader-only "Opens in a new
 * window", "New Listing" tags). Walks only element children, so it stays cheap.
 */
export function textWithout(el: Element | null | undefined, skip: string): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(skip)) walk(child);
    }
  };
  walk(el);
  return cleanText(out);
}

/** Elements under `root` matching `selector`, with `root` itself first when it matches. */
export function queryAllWithSelf(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

/** Keep only the outermost elements: a card nested in another matched card is the same card. */
export function outermost(elements: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (const el of elements) {
    const last = out[out.length - 1];
    // Page order means an ancestor, when present, is the previous kept element.
    if (last && last !== el && last.contains(el)) continue;
    out.push(el);
  }
  return out;
}

/** The document a node belongs to (itself when it is one). */
export function documentOf(node: ParentNode): Document | null {
  if (node.nodeType === 9) return node as Document;
  return (node as Node).ownerDocument ?? null;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}
