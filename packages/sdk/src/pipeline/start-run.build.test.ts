// cachedBuild's cache lookups run alongside preflight's `buildx inspect`. The registry is a real HTTP
// server on loopback (it records the requests and can hold them); the docker CLI is a fake process seam
// (it stands in for docker info / buildx version / buildx inspect / buildx build, which need an engine)
// that holds `buildx inspect` until the test lets it answer.
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { cachedBuild } from '../build.js';
import { EngineError } from '../errors.js';
import type { ProcessResult, ProcessRunner } from '../exec/process.js';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/buildx/${name}`, import.meta.url), 'utf8');
const ok = (stdout: string): ProcessResult => ({ exitCode: 0, stdout, stderrTail: '' });

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** A registry that answers 404 to all, except `.prev` HEADs while `hold` is set: those never answer. */
async function registry(hold: boolean) {
  const seen: string[] = [];
  const closed: string[] = [];
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    const notify = () => waiters.splice(0).forEach((w) => w());
    seen.push(`${req.method} ${req.url}`);
    notify();
    res.on('close', () => {
      closed.push(`${req.method} ${req.url}`);
      notify();
    });
    if (hold && req.method === 'HEAD' && req.url?.endsWith('.prev')) return;
    res.writeHead(404).end();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise<void>((r) => waiters.push(r));
  };
  return { ref: `127.0.0.1:${port}/app/cache`, seen, closed, until };
}

/** The fake docker CLI; `inspect` decides when and how `buildx inspect` answers. */
function fakeDocker(inspect: () => Promise<ProcessResult>): ProcessRunner {
  return async (_command, args) => {
    if (args[0] === 'info') return ok(JSON.stringify({ ServerVersion: '26.1.5', DriverStatus: [] }));
    if (args.join(' ') === 'buildx version') return ok(fixture('version-docker26.txt'));
    if (args.includes('inspect')) return inspect();
    return ok(''); // buildx build: "built" with no progress output
  };
}

async function project() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-start-run-'));
  await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
  // The docker CLI the input checks look for; the fake runner never starts it.
  const docker = path.join(dir, 'docker');
  await writeFile(docker, '#!/bin/sh\nexit 1\n');
  await chmod(docker, 0o755);
  return { dir, docker, env: { PATH: process.env.PATH, DOCKER_HOST: 'unix:///fake.sock' } };
}

const options = (docker: string, ref: string) => ({
  context: '.',
  dockerPath: docker,
  cache: { backend: 'registry' as const, ref, keys: { branch: 'main' } },
});

test('the registry lookups are sent while buildx inspect has not answered yet', async () => {
  const reg = await registry(false);
  const { dir, docker, env } = await project();
  let headBeforeInspect = false;
  const run = fakeDocker(async () => {
    await reg.until(() => reg.seen.some((r) => r.startsWith('HEAD ') && r.endsWith('.prev')));
    headBeforeInspect = true;
    return ok(fixture('inspect-docker26-debug.txt'));
  });
  const result = await cachedBuild(options(docker, reg.ref), { env, cwd: dir, run, logger: { info() {}, warn() {} } });
  expect(headBeforeInspect).toBe(true);
  expect(result.plan.backend).toBe('registry');
});

test('a failed inspect cuts a stalled lookup short and is the error the user sees', async () => {
  const reg = await registry(true);
  const { dir, docker, env } = await project();
  const run = fakeDocker(async () => {
    await reg.until(() => reg.seen.some((r) => r.endsWith('.prev')));
    return { exitCode: 1, stdout: '', stderrTail: 'ERROR: no builder "nope" found' };
  });
  const startedAt = Date.now();
  const failure = cachedBuild(options(docker, reg.ref), { env, cwd: dir, run, logger: { info() {}, warn() {} } });
  await expect(failure).rejects.toThrow(EngineError);
  await expect(failure).rejects.toThrow(/cannot be inspected: ERROR: no builder "nope" found/);
  // Without the abort the held HEAD would last the request timeout (15 s).
  expect(Date.now() - startedAt).toBeLessThan(5_000);
  await reg.until(() => reg.closed.some((r) => r.endsWith('.prev')));
});
