import { describe, expect, it } from 'vitest';
import { command } from '@/lib/cli/commands/titles';
import { CliError } from '@/lib/cli/types';
import { fakeIo } from '../cli/fake-io';

describe('titles command', () => {
  it('prints one JSON line per input line, empty lines included', async () => {
    const io = fakeIo({ '-': '蚂蚁S19j Pro 104T\r\n\n高价回收二手矿机\n10台 S19j Pro 100T 打包\n' });
    await command.run(['-'], io);
    const lines = io.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(Object.keys(lines[0])).toEqual(['title', 'isMiningRig', 'exclusion', 'miner', 'quantity']);
    expect(lines[0]).toMatchObject({ title: '蚂蚁S19j Pro 104T', isMiningRig: true, quantity: 1 });
    expect(lines[0].miner).toMatchObject({ model: 'Antminer S19j Pro', hashrateHs: 104e12 });
    expect(lines[1]).toEqual({
      title: '',
      isMiningRig: false,
      exclusion: 'not-mining',
      miner: null,
      quantity: 1,
    });
    expect(lines[2]).toMatchObject({ isMiningRig: false, exclusion: 'wanted', miner: null });
    expect(lines[3]).toMatchObject({ isMiningRig: true, quantity: 10 });
  });

  it('reads a named file and prints nothing for an empty one', async () => {
    const io = fakeIo({ 'titles.txt': '' });
    await command.run(['titles.txt'], io);
    expect(io.out).toBe('');
  });

  it('rejects a missing argument, an extra one and an unknown option with one clear line', async () => {
    await expect(command.run([], fakeIo({}))).rejects.toThrow(CliError);
    await expect(command.run(['a', 'b'], fakeIo({}))).rejects.toThrow(/unexpected argument b/);
    await expect(command.run(['--site', 'x', '-'], fakeIo({}))).rejects.toThrow(/unknown option --site/);
    await expect(command.run(['nope.txt'], fakeIo({}))).rejects.toThrow(/no such file: nope.txt/);
  });
});
