// The files the build and bake commands read and write: the --config JSON and the reports
// (checked before the build; after it, a report that cannot be written is only a warning).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { writeOutput, type OutputPath } from '../options/check-outputs.js';
import type { CliIo } from './io.js';

/** The --config file: a JSON object, else a ConfigError naming the file. */
export async function readConfigFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigError([
      { path: 'config', message: `cannot read ${file}`, hint: 'pass an existing JSON options file' },
    ]);
  }
  try {
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError([
      {
        path: 'config',
        message: `${file} is not a JSON object (${(error as Error).message})`,
        hint: 'write the options as a JSON object',
      },
    ]);
  }
}

/** Writes a report file, creating its directory. */
export async function writeOut(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

/** The report files a command was asked for, named by their flags (checked before the build). */
export function reportOutputs(command: { reportJson?: string; reportMarkdown?: string }): OutputPath[] {
  return [
    { setting: '--report-json', path: command.reportJson },
    { setting: '--report-markdown', path: command.reportMarkdown },
  ];
}

/** Writes the asked-for reports after the build; a file that cannot be written is a warning. */
export async function writeReports(
  command: { reportJson?: string; reportMarkdown?: string },
  io: CliIo,
  content: { json: string; markdown: string },
): Promise<void> {
  const warn = (line: string) => io.stderr.write(`warning: ${line}\n`);
  for (const [setting, file, text] of [
    ['--report-json', command.reportJson, content.json],
    ['--report-markdown', command.reportMarkdown, content.markdown],
  ] as const) {
    if (!file) continue;
    const target = path.resolve(io.cwd, file);
    await writeOutput(setting, target, () => writeOut(target, text), warn);
  }
}
