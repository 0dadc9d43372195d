// `layercache-gitlab lint ...` forwards to the SDK's own CLI (`layercache lint`), so the template
// needs one command for both jobs and the lint logic stays in the SDK. Output streams through.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { GitLabIo } from './main.js';

/** Path of the SDK's CLI script, found through its package.json (the only other export). */
export function sdkCliPath(): string {
  const pkg = createRequire(import.meta.url).resolve('@layercache/sdk/package.json');
  return path.join(path.dirname(pkg), 'bin', 'layercache.js');
}

export function runLint(args: string[], io: GitLabIo): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [sdkCliPath(), 'lint', ...args], { cwd: io.cwd, env: io.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => io.stdout.write(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    child.on('error', (err) => {
      io.stderr.write(`error: [layercache] could not run the SDK CLI: ${err.message}\n`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}
