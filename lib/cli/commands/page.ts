/**
 * `page <file> --url <page-url>`: read a saved marketplace page (HTML) or, for goofish, a saved
 * mtop JSON response, with the adapter the URL picks. Prints
 * `{"site", "pageKind", "listings": [Listing, ...]}`: every listing in page order, rig or not;
 * adverts and recommendation blocks are left out (interfaces.md).
 */
import { Window } from 'happy-dom';
import { adapterForUrl } from '@/lib/sites';
import type { PageRead } from '@/lib/sites/types';
import { onePositional, parseArgs } from '../args';
import { type CliCommand, CliError } from '../types';

const JSON_START_RE = /^\s*[[{]/;

export const command: CliCommand = {
  name: 'page',
  usage: 'page <file> --url <page-url>',
  summary: 'JSON: the listings of a saved page (HTML, or a goofish mtop JSON response)',
  async run(args, io) {
    const parsed = parseArgs(args, ['url']);
    const path = onePositional(parsed, 'page file');
    const urlText = parsed.options.url;
    if (!urlText) throw new CliError('missing --url <page-url> (it picks the site and page kind)');
    let url: URL;
    try {
      url = new URL(urlText);
    } catch {
      throw new CliError(`not a URL: ${urlText}`);
    }
    const adapter = adapterForUrl(url);
    if (!adapter) throw new CliError(`no adapter for ${url.hostname} (sites: goofish.com, eBay)`);
    const text = await io.readText(path);
    if (text.trim() === '') throw new CliError(`empty file: ${path}`);
    let read: PageRead;
    if (path.toLowerCase().endsWith('.json') || JSON_START_RE.test(text)) {
      if (!adapter.readApiResponse)
        throw new CliError(`${adapter.id} pages are read from saved HTML, not JSON`);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new CliError(`not valid JSON: ${path}`);
      }
      read = adapter.readApiResponse(json, url);
    } else {
      read = await withDocument(text, url, (doc) => adapter.readDocument(doc, url));
    }
    const listings = read.listings.map((found) => found.listing);
    io.write(`${JSON.stringify({ site: read.site, pageKind: read.pageKind, listings })}\n`);
  },
};

/**
 * Parse `html` as the page at `url` with happy-dom (scripts, styles and images are not loaded)
 * and run `use` on the document; the window is closed afterwards.
 */
export async function withDocument<T>(html: string, url: URL, use: (doc: Document) => T): Promise<T> {
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return use(doc);
  } finally {
    await window.happyDOM.close();
  }
}
