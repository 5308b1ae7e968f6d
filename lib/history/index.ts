/** The price history: an IndexedDB store of observations, lifecycles and trend buckets. */
export { HistoryStoreError } from './errors';
export { openHistoryDatabase } from './open';
export { HISTORY_DB_VERSION, type LifecycleRecord, type PricePoint } from './records';
export { HistoryStore, type ImportCounts, type IngestResult, openHistoryDb } from './store';
