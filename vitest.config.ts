import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/fuzz/**/*.test.ts',
      'tests/security/**/*.test.ts',
    ],
    setupFiles: ['tests/unit/setup.ts'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
