// Writes one output file after the build. A file that cannot be written is a warning naming the
// setting (the image is built and pushed by then), never a failed job.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeOutput } from '../options/check-outputs.js';

/** Returns true when the file was written; `append` adds to it (`$BASH_ENV`, `$DRONE_OUTPUT`). */
export function writeTextFile(setting: string, file: string, text: string, warn: (line: string) => void, append = false): Promise<boolean> {
  return writeOutput(setting, file, async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await (append ? appendFile : writeFile)(file, text);
  }, warn);
}
