import type { CliCommand } from '../types';

/**
 * Every command of `npm run cli`. Each issue that delivers a command adds it here; the order is
 * the order `--help` lists them in.
 */
export const COMMANDS: readonly CliCommand[] = [];
