import { useCallback, useEffect, useState } from 'react';
import { formatBytes, formatNumber } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/locale';
import { optionsText } from '@/lib/i18n/options-messages';
import { request } from '@/lib/messages/client';
import type { ImportReport, StorageInfo } from '@/lib/messages/history-responses';

import type { PageToBackground } from '@/lib/messages/protocol';
import { exportFile } from '@/lib/ui/export-file';

type Status = { ok: boolean; lines: string[] } | null;
type StorageInfoResponse = { ok: true; info: StorageInfo };
type ExportHistoryResponse = { ok: true; text: string };
type ImportHistoryResponse = { ok: true; report: ImportReport };
type ClearHistoryResponse = { ok: true };

/** Export, import and clear the price history, and the storage it uses. */
export function HistorySection({
  lang,
  send,
  download,
  now,
}: {
  lang: Lang;
  send(message: PageToBackground): Promise<unknown>;
  download(name: string, type: string, text: string): void;
  now(): Date;
}) {
  const text = optionsText(lang);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [info, setInfo] = useState<StorageInfoResponse['info'] | null>(null);

  const refresh = useCallback(() => {
    request<StorageInfoResponse>(send, { type: 'page/storage-info' }).then(
      (answer) => setInfo(answer.info),
      () => setInfo(null),
    );
  }, [send]);
  useEffect(refresh, [refresh]);

  const run = async (work: () => Promise<string[]>) => {
    setBusy(true);
    try {
      setStatus({ ok: true, lines: await work() });
    } catch (error) {
      setStatus({ ok: false, lines: [text.failed(error instanceof Error ? error.message : String(error))] });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const exportAs = (format: 'jsonl' | 'csv') =>
    run(async () => {
      const answer = await request<ExportHistoryResponse>(send, { type: 'page/export-history', format });
      const file = exportFile(format, now());
      download(file.name, file.type, answer.text);
      return [text.exported(file.name)];
    });

  const importFile = (file: File) =>
    run(async () => {
      const content = await file.text();
      const { report } = await request<ImportHistoryResponse>(send, {
        type: 'page/import-history',
        text: content,
      });
      return [
        text.imported(report.added, report.duplicates, report.rejected.length),
        ...report.rejected.slice(0, 20).map((rejected) => text.rejectedLine(rejected.line, rejected.reason)),
      ];
    });

  const clear = () =>
    run(async () => {
      setConfirming(false);
      await request<ClearHistoryResponse>(send, { type: 'page/clear-history', confirm: true });
      return [text.cleared];
    });

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{text.historyTitle}</h2>
      <div className="buttons">
        <button type="button" name="export-jsonl" disabled={busy} onClick={() => void exportAs('jsonl')}>
          {text.exportJsonl}
        </button>
        <button type="button" name="export-csv" disabled={busy} onClick={() => void exportAs('csv')}>
          {text.exportCsv}
        </button>
      </div>
      {/* The browser's own file button speaks the browser's UI language, not the page's. */}
      <label className={`file-button${busy ? ' disabled' : ''}`}>
        {text.importLabel}
        <input
          type="file"
          name="import"
          className="visually-hidden"
          accept=".jsonl,.ndjson,.json,application/x-ndjson,application/json,text/plain"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby="clear-question">
          <p id="clear-question">{text.clearConfirm}</p>
          <div className="buttons">
            <button type="button" name="clear-yes" className="danger" onClick={() => void clear()}>
              {text.clearYes}
            </button>
            <button type="button" name="clear-no" onClick={() => setConfirming(false)}>
              {text.clearNo}
            </button>
          </div>
        </div>
      ) : (
        <div className="buttons">
          <button
            type="button"
            name="clear"
            className="danger"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {text.clear}
          </button>
        </div>
      )}
      {busy ? <p className="status">{text.working}</p> : null}
      {status ? (
        <ul className={`result${status.ok ? '' : ' error'}`} role="status">
          {status.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <h3>{text.storageTitle}</h3>
      <p className="storage" data-testid="storage">
        {info
          ? `${text.storageUsed(formatNumber(info.observations, lang), formatNumber(info.listings, lang))} · ${text.storageBytes(
              formatBytes(info.usageBytes ?? 0, lang),
              info.quotaBytes ? formatBytes(info.quotaBytes, lang) : null,
            )}`
          : '—'}
      </p>
    </section>
  );
}
