import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium, one browser at a time. */
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
