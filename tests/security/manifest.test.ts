/**
 * Least privilege, checked against an allowlist: the manifest RigScout asks the browser for is
 * exactly what it needs (storage, and the marketplaces it reads), with no way for web pages or
 * other extensions to talk to it and no remote script sources. The e2e security test repeats
 * these checks on the built manifest.json, where WXT has added the content scripts.
 */
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_MATCHES } from '@/lib/marketplaces';
import config from '@/wxt.config';

type Manifest = Record<string, unknown>;
type ManifestFn = (env: Record<string, unknown>) => Manifest | Promise<Manifest>;

const ALLOWED_PERMISSIONS = ['storage', 'unlimitedStorage'];

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const manifest = config.manifest as unknown as ManifestFn | Manifest;
  const env = {
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
    mode: 'production',
    command: 'build',
  };
  return typeof manifest === 'function' ? await manifest(env) : manifest;
}

/** Every string anywhere inside a value (to find `<all_urls>` or a URL however deeply nested). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe.each(['chrome', 'firefox'] as const)('manifest for %s', (browser) => {
  it('asks for exactly storage and unlimitedStorage', async () => {
    const manifest = await manifestFor(browser);
    expect(manifest.permissions).toEqual(ALLOWED_PERMISSIONS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('reaches only the marketplaces, never <all_urls> or a wildcard host', async () => {
    const manifest = await manifestFor(browser);
    expect(manifest.host_permissions).toEqual([...MARKETPLACE_MATCHES]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const all = strings(manifest);
    expect(all).not.toContain('<all_urls>');
    expect(all.filter((s) => /^(\*|https?):\/\/\*\/|^\*:\/\/\*$/.test(s))).toEqual([]);
  });

  it('lets no web page or other extension connect, and loads no remote script', async () => {
    const manifest = await manifestFor(browser);
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    const csp = manifest.content_security_policy;
    const policies = csp === undefined ? [] : strings(csp);
    for (const policy of policies) {
      const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-inline'|data:|blob:/);
    }
  });
});

describe('marketplace match patterns', () => {
  it('are all https/http marketplace hosts, never a bare wildcard', () => {
    for (const pattern of MARKETPLACE_MATCHES) {
      expect(pattern).toMatch(/^\*:\/\/\*\.(goofish\.com|ebay\.[a-z.]+)\/\*$/);
    }
  });
});
