// IndexedDB is not part of WXT's fake browser; fake-indexeddb provides it for unit tests.
// Tests that open a database pass their own `new IDBFactory()` so that no state leaks between them.
import 'fake-indexeddb/auto';
