/**
 * `titles <file|->`: one title per input line → one JSON line
 * `{"title", "isMiningRig", "exclusion", "miner", "quantity"}` (interfaces.md). Empty lines still
 * produce a line, and no title makes it throw.
 */
import { recogniseTitle } from '@/lib/recognise';
import { onePositional, parseArgs, textLines } from '../args';
import type { CliCommand } from '../types';

export const command: CliCommand = {
  name: 'titles',
  usage: 'titles <file|->',
  summary: 'JSON Lines: whether each title sells a mining rig, which model, hashrate and quantity',
  async run(args, io) {
    const path = onePositional(parseArgs(args, []), 'titles file (or - for standard input)');
    const text = await io.readText(path);
    const out: string[] = [];
    for (const title of textLines(text)) {
      const r = recogniseTitle(title);
      out.push(
        JSON.stringify({
          title,
          isMiningRig: r.isMiningRig,
          exclusion: r.exclusion,
          miner: r.miner,
          quantity: r.quantity,
        }),
      );
    }
    io.write(out.length ? `${out.join('\n')}\n` : '');
  },
};
