/**
 * Sending page → background requests from the popup and options pages, with the answer checked
 * and failures turned into errors that carry the background's message for the user.
 */
import type { PageToBackground } from './protocol';

/** Send a request; resolves with the `ok: true` answer, rejects with the background's error text. */
export async function request<T extends { ok: true }>(
  send: (message: PageToBackground) => Promise<unknown>,
  message: PageToBackground,
): Promise<T> {
  const answer = (await send(message)) as { ok?: unknown; error?: unknown } | undefined;
  if (!answer || typeof answer !== 'object')
    throw new Error('RigScout’s background did not answer. Reload the extension and try again.');
  if (answer.ok !== true)
    throw new Error(typeof answer.error === 'string' ? answer.error : 'The request failed.');
  return answer as T;
}
