import { defineConfig } from 'wxt';
import { MARKETPLACE_MATCHES } from './lib/marketplaces';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Auto-imports hide where things come from; lib/ must stay framework-free and explicit.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'RigScout',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and the rate table; unlimitedStorage: the price history grows with browsing
    // and must not be evicted at the default quota. Nothing else is needed.
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: [...MARKETPLACE_MATCHES],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'rigscout@rigscout.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', 'demo-output/**', 'bench-output/**', 'docs/**'],
  },
});
