/**
 * The history's JSON Lines form (interfaces.md): UTF-8, one Observation per line, oldest first.
 * Reading validates every line on its own, so one bad line costs only itself.
 */
import { type Observation, observationSchema } from '@/lib/schema';

/** A line that was not an Observation: its 1-based number and why. */
export interface RejectedLine {
  line: number;
  reason: string;
}

/** The Observations of a JSON Lines text, with their line numbers, and the lines rejected. */
export interface ParsedHistory {
  observations: Observation[];
  lines: number[];
  rejected: RejectedLine[];
}

const LINE_BREAK = /\r?\n/;

/** Parse JSON Lines. Blank lines are skipped; never throws. */
export function parseHistoryJsonl(text: string): ParsedHistory {
  const observations: Observation[] = [];
  const lines: number[] = [];
  const rejected: RejectedLine[] = [];
  const rows = text.split(LINE_BREAK);
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] as string).trim();
    if (row === '') continue;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch (error) {
      rejected.push({ line, reason: `not JSON (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    const parsed = observationSchema.safeParse(value);
    if (!parsed.success) {
      rejected.push({ line, reason: `not an Observation: ${summarise(parsed.error.issues)}` });
      continue;
    }
    observations.push(parsed.data);
    lines.push(line);
  }
  return { observations, lines, rejected };
}

/** Observations as JSON Lines (each line ends with a newline). */
export function toJsonl(observations: readonly Observation[]): string {
  let out = '';
  for (const observation of observations) out += `${JSON.stringify(observation)}\n`;
  return out;
}

function summarise(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 2)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
