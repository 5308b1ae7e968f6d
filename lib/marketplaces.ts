/**
 * The marketplaces RigScout runs on: the manifest's host permissions and the content scripts'
 * matches are exactly these (least privilege: never `<all_urls>`).
 */
export const MARKETPLACE_MATCHES = [
  '*://*.goofish.com/*',
  '*://*.ebay.com/*',
  '*://*.ebay.co.uk/*',
  '*://*.ebay.de/*',
  '*://*.ebay.ca/*',
  '*://*.ebay.com.au/*',
  '*://*.ebay.fr/*',
  '*://*.ebay.it/*',
  '*://*.ebay.es/*',
] as const;

const HOSTS = /(^|\.)(goofish\.com|ebay\.(com|co\.uk|de|ca|com\.au|fr|it|es))$/;

/** Whether a URL is on one of the marketplaces above (http or https). */
export function isMarketplaceUrl(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && HOSTS.test(url.hostname);
}
