/**
 * Start RigScout on a marketplace page: pick the site's adapter, honour the user's site
 * switches, and run the pipeline. Browser APIs arrive as parameters so this stays testable.
 */
import { langFor } from '@/lib/i18n/locale';
import type { ContentToBackground } from '@/lib/messages/protocol';
import { contentSettingsFrom } from '@/lib/settings/content-settings';
import { subscribeMtop } from '@/lib/sites/goofish/mtop-events';
import { readerForUrl } from '@/lib/sites/readers';
import { startPipeline } from './pipeline';

export interface StartDeps {
  signal: AbortSignal;
  /** Register for SPA navigations; the listener gets the new URL. */
  onLocationChange(listener: (newUrl: URL) => void): void;
  send(message: ContentToBackground): Promise<unknown>;
  readSettings(): Promise<Record<string, unknown>>;
  doc?: Document;
}

export async function startMarketplaceScript(deps: StartDeps): Promise<void> {
  const doc = deps.doc ?? document;
  const location = doc.defaultView?.location;
  if (!location) return;
  const adapter = readerForUrl(location.href);
  if (!adapter) return;
  const stored: Record<string, unknown> = await deps.readSettings().catch(() => ({}));
  const settings = contentSettingsFrom(stored.settings);
  if (!settings.siteEnabled(adapter.id) || deps.signal.aborted) return;
  const pipeline = startPipeline({
    doc,
    adapter,
    getUrl: () => new URL(location.href),
    send: deps.send,
    signal: deps.signal,
    lang: langFor(navigator.language),
    markNonRigs: settings.markNonRigs,
    subscribeApi: adapter.readRawApiResponse
      ? (onRead) =>
          subscribeMtop(
            doc,
            (_api, json, responseUrl) => {
              const read = adapter.readRawApiResponse?.(json, new URL(responseUrl, location.href));
              if (read) onRead(read);
            },
            deps.signal,
          )
      : undefined,
  });
  deps.onLocationChange((newUrl) => pipeline.onLocationChange(newUrl));
}
