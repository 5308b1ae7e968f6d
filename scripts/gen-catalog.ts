/**
 * Regenerate lib/catalog/miners.generated.ts from ../shared/reference/miners.csv:
 * `node --import tsx scripts/gen-catalog.ts`. tests/unit/catalog checks the two still agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCatalogModule } from '../lib/catalog/generate';

const root = fileURLToPath(new URL('..', import.meta.url));
const csv = readFileSync(`${root}../shared/reference/miners.csv`, 'utf8');
writeFileSync(`${root}lib/catalog/miners.generated.ts`, renderCatalogModule(csv));
console.log('wrote lib/catalog/miners.generated.ts');
