// The files the build and bake commands read and write: the --config JSON and the reports.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';

/** The --config file: a JSON object, else a ConfigError naming the file. */
export async function readConfigFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigError([{ path: 'config', message: `cannot read ${file}`, hint: 'pass an existing JSON options file' }]);
  }
  try {
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError([{ path: 'config', message: `${file} is not a JSON object (${(error as Error).message})`, hint: 'write the options as a JSON object' }]);
  }
}

/** Writes a report file, creating its directory. */
export async function writeOut(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}
