/**
 * A page-side probe for badges, shared by the content bench and the fault tests. It is plain
 * JavaScript text for `page.addInitScript({ content })`: a function serialised from a
 * TypeScript module would carry the transpiler's helpers into the page.
 *
 * A MutationObserver watches badge hosts: a host in the page with a verdict and no
 * `data-rigscout-state="pending"` shows the background's answer, which the background sends only
 * after the listings are durably written. So a settled badge means "acknowledged". (The content
 * script attaches a badge once its verdict is known, or as pending when the answer is slow.)
 */

/** What the probe puts on `window.__rigscoutBench`. */
export interface BadgeProbe {
  /** Durations of the page's long tasks (PerformanceObserver 'longtask'), ms. */
  longTasks: number[];
  /** Insert cards, let the page paint them, then mark `mark`. False if a badge came first. */
  insert(selector: string, html: string, ids: string[], mark: string): Promise<boolean>;
  /** Resolve true once every id has its verdict (then 300 ms later, marking `mark`), false on timeout. */
  settle(ids: string[], mark: string, timeoutMs: number): Promise<boolean>;
  /** The ids whose verdict has arrived. */
  settledIds(): string[];
}

export const BADGE_PROBE = `(() => {
  const settled = new Set();
  const visit = (host) => {
    if (host.localName !== 'rigscout-badge' || !host.isConnected) return;
    if (host.hasAttribute('data-rigscout-verdict') && host.getAttribute('data-rigscout-state') !== 'pending') {
      settled.add(host.getAttribute('data-rigscout-listing') ?? '');
    }
  };
  // Several batches may be awaited at once (the fault tests overlap them).
  let waiters = [];
  const check = () => {
    waiters = waiters.filter((waiter) => {
      for (const id of waiter.ids) if (!settled.has(id)) return true;
      waiter.done();
      return false;
    });
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') visit(record.target);
      else for (const node of record.addedNodes) if (node.nodeType === 1) visit(node);
    }
    check();
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-rigscout-verdict', 'data-rigscout-state'],
  });
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  Object.assign(window, {
    __rigscoutBench: {
      longTasks,
      settledIds: () => [...settled],
      /** Insert cards, let the page paint them, then mark \`mark\`. False if a badge came first. */
      async insert(selector, html, ids, mark) {
        document.querySelector(selector)?.insertAdjacentHTML('beforeend', html);
        document.body.getBoundingClientRect();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const early = ids.some((id) => document.querySelector('rigscout-badge[data-rigscout-listing="' + id + '"]'));
        performance.mark(mark);
        return !early;
      },
      /** Resolve once every id has its verdict, then let paint and stragglers finish and mark. */
      settle(ids, mark, timeoutMs) {
        return new Promise((resolve) => {
          const waiter = {
            ids: new Set(ids),
            done: () => {
              clearTimeout(timer);
              setTimeout(() => {
                performance.mark(mark);
                resolve(true);
              }, 300);
            },
          };
          const timer = setTimeout(() => {
            waiters = waiters.filter((w) => w !== waiter);
            resolve(false);
          }, timeoutMs);
          waiters.push(waiter);
          check();
        });
      },
    },
  });
})();`;
