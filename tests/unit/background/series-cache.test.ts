import { describe, expect, it, vi } from 'vitest';
import { createSeriesCache } from '@/lib/background/series-cache';

function setup(options: { maxAgeMs?: number; capacity?: number } = {}) {
  let clock = 0;
  const timers: (() => void)[] = [];
  const compute = vi.fn(async (model: string) => `${model}@${clock}`);
  const cache = createSeriesCache(compute, {
    ...options,
    now: () => clock,
    schedule: (fn) => {
      timers.push(fn);
    },
  });
  return {
    cache,
    compute,
    advance: (ms: number) => {
      clock += ms;
    },
    runTimers: () => {
      for (const fn of timers.splice(0)) fn();
    },
  };
}

describe('series cache', () => {
  it('computes a model once and serves it from the cache', async () => {
    const { cache, compute } = setup();
    expect(await cache.get('Antminer S19')).toBe('Antminer S19@0');
    expect(await cache.get('Antminer S19')).toBe('Antminer S19@0');
    expect(compute).toHaveBeenCalledOnce();
  });

  it('computes again when new listings of the model arrive or the entry is too old', async () => {
    const { cache, compute, advance } = setup({ maxAgeMs: 1000 });
    await cache.get('M30S++');
    cache.invalidate(['M30S++']);
    await cache.get('M30S++');
    advance(1001);
    await cache.get('M30S++');
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('prefetches a model once the burst of pages has settled, and only if not ready', async () => {
    const { cache, compute, runTimers } = setup();
    cache.prefetch('L7');
    cache.prefetch('L7');
    expect(compute).not.toHaveBeenCalled();
    runTimers();
    expect(compute).toHaveBeenCalledOnce();
    await cache.get('L7');
    cache.prefetch('L7');
    runTimers();
    expect(compute).toHaveBeenCalledOnce();
  });

  it('forgets everything when the history is replaced, including a pending prefetch', async () => {
    const { cache, compute, runTimers } = setup();
    await cache.get('S21');
    cache.prefetch('S19');
    cache.clear();
    runTimers();
    await cache.get('S21');
    expect(compute.mock.calls.map(([model]) => model)).toEqual(['S21', 'S21']);
  });

  it('does not keep a failed computation', async () => {
    const { cache, compute } = setup();
    compute.mockRejectedValueOnce(new Error('store closed'));
    await expect(cache.get('S19')).rejects.toThrow('store closed');
    expect(await cache.get('S19')).toBe('S19@0');
  });

  it('keeps at most `capacity` models, dropping the least recently used', async () => {
    const { cache, compute } = setup({ capacity: 2 });
    await cache.get('a');
    await cache.get('b');
    await cache.get('a');
    await cache.get('c');
    await cache.get('a');
    await cache.get('b');
    expect(compute.mock.calls.map(([model]) => model)).toEqual(['a', 'b', 'c', 'b']);
  });
});
