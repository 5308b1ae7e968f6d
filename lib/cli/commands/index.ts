import type { CliCommand } from '../types';
import { command as page } from './page';
import { command as prices } from './prices';
import { command as regions } from './regions';
import { command as report } from './report';
import { command as titles } from './titles';
import { command as trend } from './trend';

/**
 * Every command of `npm run cli`, in the order `--help` lists them (the order of
 * the interface document).
 */
export const COMMANDS: readonly CliCommand[] = [page, titles, prices, regions, trend, report];
