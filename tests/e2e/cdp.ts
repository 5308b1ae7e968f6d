/**
 * CDP helpers the fault and security tests need beyond the lead's harness: stopping the
 * extension's service worker at will, and watching it stop and start.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

export interface WorkerControl {
  /** Stop every service worker now (CDP `ServiceWorker.stopAllWorkers`). */
  stopAll(): Promise<void>;
  /** Times (Date.now()) at which the extension's worker was seen to stop. */
  stops: number[];
  /** Times at which it was seen to start again. */
  starts: number[];
  detach(): Promise<void>;
}

/** Control the extension's service worker through a CDP session on `page`. */
export async function controlWorker(session: ExtensionSession, page: Page): Promise<WorkerControl> {
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const stops: number[] = [];
  const starts: number[] = [];
  const last = new Map<string, string>();
  const prefix = `chrome-extension://${session.extensionId}/`;
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(prefix)) continue;
      const before = last.get(version.versionId);
      if (before === version.runningStatus) continue;
      last.set(version.versionId, version.runningStatus);
      if (version.runningStatus === 'stopped') stops.push(Date.now());
      if (version.runningStatus === 'starting') starts.push(Date.now());
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    stops,
    starts,
    async stopAll() {
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    async detach() {
      await cdp.detach().catch(() => undefined);
    },
  };
}
