/** How an exported history file is named and typed. */
export interface ExportFile {
  name: string;
  type: string;
}

/** `rigscout-history-2026-11-25.jsonl` (the day in UTC, so names sort by date). */
export function exportFile(format: 'jsonl' | 'csv', now: Date): ExportFile {
  const day = now.toISOString().slice(0, 10);
  return format === 'csv'
    ? { name: `rigscout-history-${day}.csv`, type: 'text/csv;charset=utf-8' }
    : { name: `rigscout-history-${day}.jsonl`, type: 'application/x-ndjson;charset=utf-8' };
}
