/**
 * Who sent a runtime message. Content scripts run inside hostile marketplace pages and a
 * compromised renderer can forge their messages, so the background decides what a sender may
 * ask for from the sender's identity, never from the message itself.
 */

/** The part of `runtime.MessageSender` the checks need. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A sender that passed the checks: which kind, and for content scripts the tab it runs in. */
export type TrustedSender = { kind: 'content'; tabId: number; url: string } | { kind: 'page' };

export interface SenderPolicy {
  /** This extension's id (`browser.runtime.id`). */
  extensionId: string;
  /** This extension's origin with a trailing slash (`browser.runtime.getURL('/')`). */
  extensionOrigin: string;
  /** Whether a page URL belongs to a marketplace our content script runs on. */
  isMarketplaceUrl(url: URL): boolean;
}

/**
 * Classify a sender, or return the reason it is rejected. Messages from other extensions,
 * from web pages through `externally_connectable`, and from frames we never injected into
 * all fail here.
 */
export function checkSender(sender: SenderInfo, policy: SenderPolicy): TrustedSender | { rejected: string } {
  if (sender.id !== policy.extensionId)
    return { rejected: `sender id ${String(sender.id)} is not this extension` };
  const url = sender.url ?? '';
  if (url.startsWith(policy.extensionOrigin)) return { kind: 'page' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { rejected: 'content message without a tab' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { rejected: `content message from an unparsable URL ${url.slice(0, 100)}` };
  }
  if (!policy.isMarketplaceUrl(parsed))
    return { rejected: `content message from a non-marketplace URL ${parsed.origin}` };
  return { kind: 'content', tabId, url };
}
