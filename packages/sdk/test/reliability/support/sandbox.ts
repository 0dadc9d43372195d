// What a bad-input case runs in: a project directory, a stand-in `docker` on PATH and a stand-in
// `docker-buildx` plugin in the sandbox's DOCKER_CONFIG/cli-plugins, both recording every call, and
// a stand-in Docker API socket. All are stand-ins on purpose: the cases must fail before Docker is
// touched, so a test can only prove that by making "touching Docker" visible. layercache runs
// `docker buildx …` as the plugin binary itself (engine/buildx-plugin.ts), found first in
// DOCKER_CONFIG/cli-plugins: without the recording plugin there, a buildx call would run the real
// plugin unseen. If a check were missing, preflight would reach the socket (it answers like a daemon)
// and then start `buildx version`, which the plugin recorder logs. A control test runs a valid input
// through each entry and sees that call, so the recorders are known to work.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

export interface Sandbox {
  root: string;
  /** PATH holding only the recording docker (and sh's tools for it). */
  path: string;
  dockerHost: string;
  /** DOCKER_CONFIG holding only cli-plugins/docker-buildx, the recording plugin. */
  dockerConfig: string;
  /** Where the recording plugin is: the binary layercache must pick for buildx calls. */
  buildxPlugin: string;
  /** Every docker argv line the recorders saw (the plugin's prefixed "plugin: "). */
  dockerCalls(): string[];
  close(): Promise<void>;
}

export async function openSandbox(): Promise<Sandbox> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'layercache-sandbox-'));
  const bin = path.join(root, 'bin');
  mkdirSync(bin);
  const log = path.join(root, 'docker-calls.log');
  writeFileSync(log, '');
  writeFileSync(path.join(bin, 'docker'), `#!/bin/sh\necho "$*" >> '${log}'\necho "stand-in docker: no engine here" >&2\nexit 1\n`);
  chmodSync(path.join(bin, 'docker'), 0o755);
  const dockerConfig = path.join(root, 'docker-config');
  mkdirSync(path.join(dockerConfig, 'cli-plugins'), { recursive: true });
  const buildxPlugin = path.join(dockerConfig, 'cli-plugins', 'docker-buildx');
  // The docker CLI asks a plugin for its metadata before use; answer it, and record everything else.
  const metadata = '{"SchemaVersion":"0.1.0","Vendor":"layercache sandbox","Version":"v0.0.0"}';
  const answerMetadata = `if [ "$1" = docker-cli-plugin-metadata ]; then echo '${metadata}'; exit 0; fi\n`;
  const recordCall = `echo "plugin: $*" >> '${log}'\necho "stand-in buildx: no engine here" >&2\nexit 1\n`;
  writeFileSync(buildxPlugin, `#!/bin/sh\n${answerMetadata}${recordCall}`);
  chmodSync(buildxPlugin, 0o755);
  const socket = path.join(root, 'docker.sock');
  const server = http.createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(req.url?.includes('/version') ? { Version: '26.1.5', ApiVersion: '1.45' } : { DriverStatus: [], ServerVersion: '26.1.5' }));
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  return {
    root,
    path: `${bin}:/usr/bin:/bin`,
    dockerHost: `unix://${socket}`,
    dockerConfig,
    buildxPlugin,
    dockerCalls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Every path under `dir` with its size and mtime: equal snapshots mean nothing was written. */
export function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const s = statSync(p);
      out.push(`${path.relative(dir, p)} ${s.isDirectory() ? 'dir' : s.size} ${s.mtimeMs}`);
      if (s.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

/** A stack trace's frame lines, as Node prints them. */
export const STACK_FRAME = /\n\s+at .+(:\d+:\d+\)?|\(native\))/;
