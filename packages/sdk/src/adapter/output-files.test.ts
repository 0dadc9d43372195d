// Real files in a temporary directory: nothing is mocked.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeOutputFiles } from './output-files.js';

describe('writeOutputFiles', () => {
  test('writes the files that have a path, relative to cwd; appends when asked; returns what it wrote', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'output-files-'));
    await writeFile(path.join(dir, 'env'), 'A=1\n');
    const written = await writeOutputFiles([
      { setting: 'REPORT', path: 'out/r.json', text: '{}\n' },
      { setting: 'OFF', path: undefined, text: 'x' },
      { setting: 'BLANK', path: '', text: 'x' },
      { setting: 'ENV', path: path.join(dir, 'env'), text: 'B=2\n', append: true },
    ], dir, () => undefined);
    expect(written).toEqual([path.join(dir, 'out/r.json'), path.join(dir, 'env')]);
    expect(await readFile(path.join(dir, 'out/r.json'), 'utf8')).toBe('{}\n');
    expect(await readFile(path.join(dir, 'env'), 'utf8')).toBe('A=1\nB=2\n');
  });

  test('a file that cannot be written is a warning naming its setting; the others are written', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'output-files-'));
    await mkdir(path.join(dir, 'taken'));
    const warnings: string[] = [];
    const written = await writeOutputFiles([
      { setting: 'DOTENV_FILE', path: 'taken', text: 'x' },
      { setting: 'JSON_FILE', path: 'ok.json', text: 'y' },
    ], dir, (l) => warnings.push(l));
    expect(written).toEqual([path.join(dir, 'ok.json')]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('DOTENV_FILE');
  });
});
