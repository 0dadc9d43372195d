// An adapter's output files after the build, each named by the setting that chose its path: a
// file without a path is off, one that cannot be written is a warning (see write-file.ts).
import path from 'node:path';
import { writeTextFile } from './write-file.js';

export interface OutputFile {
  /** The variable that names the file, for the warning. */
  setting: string;
  /** Relative to the job's directory; undefined or empty when this output is off. */
  path: string | undefined;
  text: string;
  /** Adds to the file instead of replacing it (`$BASH_ENV`). */
  append?: boolean;
}

/** Writes each file that has a path, in order; returns the absolute paths written. */
export async function writeOutputFiles(
  files: readonly OutputFile[],
  cwd: string,
  warn: (line: string) => void,
): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    if (!file.path) continue;
    const target = path.resolve(cwd, file.path);
    if (await writeTextFile(file.setting, target, file.text, warn, file.append)) written.push(target);
  }
  return written;
}
