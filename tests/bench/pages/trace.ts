/**
 * Chromium traces over CDP, and what the Chromium benches read from them: the main-thread
 * tasks of a tab between two `performance.mark`s, in thread (CPU) time. Thread time, unlike
 * wall time, does not grow when another process holds the core, so figures measured on a busy
 * 2-core machine stay comparable.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread time, microseconds. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

// Top-level tasks (with thread time), script calls with their URL, and user timing marks. The
// disabled-by-default categories are left out: they slow the page down noticeably.
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];
const TASK = 'ThreadControllerImpl::RunTask';

/** Start recording; `stop()` ends it and returns every event. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  const onData = (event: { value: object[] }) => {
    for (const item of event.value) events.push(item as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

export interface TaskWindow {
  /** Sum of the thread time of every top-level task in the window, ms. */
  busyMs: number;
  /** The longest task in the window, thread time, ms. */
  longestMs: number;
  /** Thread time inside calls into the extension's scripts, ms. */
  extensionScriptMs: number;
  tasks: number;
}

/** The main thread (pid, tid) where a user timing mark was recorded. */
function markThread(events: readonly TraceEvent[], mark: string): { pid: number; tid: number; ts: number } {
  const found = events.find((e) => e.name === mark && e.cat.includes('blink.user_timing'));
  if (!found) throw new Error(`trace has no mark ${mark}`);
  return { pid: found.pid, tid: found.tid, ts: found.ts };
}

/**
 * The main-thread tasks that start after mark `from` and before mark `to` (both recorded by
 * the page): what ran on the page's thread in between, whoever caused it.
 */
export function tasksBetween(events: readonly TraceEvent[], from: string, to: string): TaskWindow {
  const start = markThread(events, from);
  const end = markThread(events, to);
  const onThread = (e: TraceEvent) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X';
  let busy = 0;
  let longest = 0;
  let tasks = 0;
  let script = 0;
  for (const e of events) {
    if (!onThread(e) || e.ts <= start.ts || e.ts >= end.ts) continue;
    if (e.name === TASK) {
      const t = e.tdur ?? e.dur ?? 0;
      busy += t;
      longest = Math.max(longest, t);
      tasks++;
    } else if (e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('chrome-extension://')) {
      script += e.tdur ?? e.dur ?? 0;
    }
  }
  return { busyMs: busy / 1000, longestMs: longest / 1000, extensionScriptMs: script / 1000, tasks };
}

/**
 * The longest top-level task on the page's thread (the thread of mark `anyMark`) that ran the
 * extension's code anywhere inside it, ms of thread time: the content script's injection and
 * every batch it handled.
 */
export function longestExtensionTask(events: readonly TraceEvent[], anyMark: string): number {
  const { pid, tid } = markThread(events, anyMark);
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = onThread.filter((e) => e.name === TASK).sort((a, b) => a.ts - b.ts);
  const calls = onThread.filter((e) => {
    const url = e.args?.data?.url;
    return typeof url === 'string' && url.startsWith('chrome-extension://');
  });
  let longest = 0;
  for (const call of calls) {
    const task = tasks.findLast((t) => t.ts <= call.ts && t.ts + (t.dur ?? 0) >= call.ts);
    if (task) longest = Math.max(longest, (task.tdur ?? task.dur ?? 0) / 1000);
  }
  return longest;
}
