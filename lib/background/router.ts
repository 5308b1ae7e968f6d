/**
 * The background's single entry for runtime messages: check the sender, validate the payload
 * against the protocol's zod schemas, dispatch, and answer with `{ ok: false, error }` on any
 * failure. Nothing a sender supplies reaches a handler unvalidated.
 */
import {
  type ContentToBackground,
  contentToBackgroundSchema,
  type ErrorResponse,
  type PageToBackground,
  pageToBackgroundSchema,
} from '@/lib/messages/protocol';
import { checkSender, type SenderInfo, type SenderPolicy } from './sender';

export interface RouterHandlers {
  content(message: ContentToBackground, tabId: number): Promise<unknown>;
  page(message: PageToBackground): Promise<unknown>;
}

export interface RouterDeps extends SenderPolicy {
  handlers: RouterHandlers;
  /** Where rejected messages are logged with their reason. */
  log(reason: string): void;
}

/** Build the message router; `route` never throws and always resolves to a response. */
export function createRouter(deps: RouterDeps): (message: unknown, sender: SenderInfo) => Promise<unknown> {
  return async (message, sender) => {
    const trusted = checkSender(sender, deps);
    if ('rejected' in trusted) return reject(deps, `rejected message: ${trusted.rejected}`);
    try {
      if (trusted.kind === 'content') {
        const parsed = contentToBackgroundSchema.safeParse(message);
        if (!parsed.success)
          return reject(deps, `rejected content message: ${summarise(parsed.error.issues)}`);
        return await deps.handlers.content(parsed.data, trusted.tabId);
      }
      const parsed = pageToBackgroundSchema.safeParse(message);
      if (!parsed.success) return reject(deps, `rejected page message: ${summarise(parsed.error.issues)}`);
      return await deps.handlers.page(parsed.data);
    } catch (error) {
      return reject(deps, error instanceof Error ? error.message : String(error));
    }
  };
}

function reject(deps: RouterDeps, reason: string): ErrorResponse {
  deps.log(reason);
  return { ok: false, error: reason };
}

function summarise(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
