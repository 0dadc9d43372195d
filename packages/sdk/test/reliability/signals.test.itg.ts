// An interrupted run must not leave the registry password on disk (issue 19, defect 2). The CLI,
// with a registry login and a slow build, gets SIGTERM or SIGINT mid-build: it exits 143/130,
// no buildx child is left, and its private docker config is gone. After SIGKILL (no handler can
// run) what is left holds no password, and the next run removes it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, writeFiles } from '../../../../test-support/engine.js';
import { dockerConfigDir, startHtpasswdRegistry, type AuthRegistry } from '../support/auth-registry.js';
import { APP, CLI_BIN, engine } from './support/build.js';
import { record } from './support/figures.js';

const PASSWORD = `lcSigPw${randomBytes(12).toString('hex')}`;
const FORMS = [PASSWORD, Buffer.from(`ci:${PASSWORD}`).toString('base64')];
let registry: AuthRegistry;
beforeAll(async () => {
  registry = await startHtpasswdRegistry({ ci: PASSWORD });
});
afterAll(async () => {
  await registry?.stop();
});

/** Pids of processes whose environment points DOCKER_CONFIG into tmp (the run's buildx children). */
async function childrenUsing(tmp: string): Promise<number[]> {
  const pids: number[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const environ = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => '');
    if (environ.split('\0').some((v) => v.startsWith(`DOCKER_CONFIG=${tmp}`))) pids.push(Number(pid));
  }
  return pids;
}

/** Every file under dir with its text ('' for what cannot be read as a file, e.g. a socket). */
async function filesUnder(dir: string): Promise<Array<{ file: string; text: string }>> {
  const out: Array<{ file: string; text: string }> = [];
  for (const entry of await readdir(dir, { recursive: true }).catch(() => [] as string[])) {
    const file = path.join(dir, entry);
    const st = await stat(file).catch(() => undefined);
    if (st?.isFile()) out.push({ file: entry, text: await readFile(file, 'latin1') });
  }
  return out;
}

const runDirs = async (tmp: string) =>
  (await readdir(path.join(tmp, `layercache-${process.getuid!()}`)).catch(() => [] as string[])).filter((n) =>
    n.startsWith('run-')
  );

interface Started {
  child: ChildProcess;
  tmp: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** The CLI building `dockerfile` with a login for the registry cache, in a tmp dir of its own. */
async function startCli(dockerfile: string, tmp?: string): Promise<Started> {
  const context = await copyFixture(APP);
  await writeFiles(context, { Dockerfile: dockerfile });
  const input = await mkdtemp(path.join(os.tmpdir(), 'lc-sig-input-')); // the login's source, not output
  const config = path.join(input, 'options.json');
  await writeFile(
    config,
    JSON.stringify({
      network: 'none',
      buildArgs: { BASE_IMAGE: engine().baseImage },
      registryAuth: [{ registry: registry.address, username: 'ci', password: PASSWORD }],
      cache: { backend: 'registry', ref: `${registry.address}/sig/cache` },
    })
  );
  const ownTmp = tmp ?? (await mkdtemp(path.join(os.tmpdir(), 'lc-sig-tmp-')));
  const env = { ...engine().env, TMPDIR: ownTmp, DOCKER_CONFIG: await dockerConfigDir({}) };
  const child = spawn(process.execPath, [CLI_BIN, 'build', '.', '--config', config], { cwd: context, env });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.resume();
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, tmp: ownTmp, stderr: () => stderr, exit };
}

const SLOW = `ARG BASE_IMAGE\nFROM \${BASE_IMAGE}\nRUN echo slow-${Date.now()} && sleep 120\n`;

/** Resolves once the slow RUN step is under way with buildx running. */
async function untilBuilding(s: Started): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (/RUN echo slow/.test(s.stderr()) && (await childrenUsing(s.tmp)).length > 0) return;
    if (s.child.exitCode !== null) throw new Error(`the CLI ended early: ${s.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the build never started: ${s.stderr()}`);
}

describe('an interrupted run leaves no password behind', () => {
  test.each([
    { signal: 'SIGTERM' as const, code: 143 },
    { signal: 'SIGINT' as const, code: 130 },
  ])('$signal: exit $code, buildx stopped, private docker config removed', async ({ signal, code }) => {
    const run = await startCli(SLOW);
    await untilBuilding(run);
    expect((await filesUnder(run.tmp)).map((f) => f.file).some((f) => f.endsWith('config.json'))).toBe(true); // it was there
    run.child.kill(signal);
    expect(await run.exit, run.stderr()).toBe(code);
    expect(run.stderr()).toContain(`stopped by ${signal}`);
    expect(await childrenUsing(run.tmp)).toEqual([]);
    expect(await runDirs(run.tmp)).toEqual([]);
    expect(
      (await filesUnder(run.tmp)).filter((f) => FORMS.some((v) => f.text.includes(v))).map((f) => f.file)
    ).toEqual([]);
    record('fault', `${signal} mid-build with a registry login`, {
      builds: 1,
      exitCode: code,
      buildxLeft: 0,
      privateDirsLeft: 0,
    });
  });

  test('SIGKILL: what is left holds no password, and the next run removes it', async () => {
    const run = await startCli(SLOW);
    await untilBuilding(run);
    run.child.kill('SIGKILL');
    expect(await run.exit).toBe(null);
    const left = await filesUnder(run.tmp);
    expect(left.some((f) => f.file.endsWith('config.json'))).toBe(true); // SIGKILL runs no handler: the dir stays
    expect(left.filter((f) => FORMS.some((v) => f.text.includes(v))).map((f) => f.file)).toEqual([]);
    // The orphaned buildx (it outlives a SIGKILLed parent) is this test's to stop.
    for (const pid of await childrenUsing(run.tmp)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error; // it had already exited
      }
    }
    const stale = await runDirs(run.tmp);
    expect(stale).toHaveLength(1);

    const next = await startCli(`ARG BASE_IMAGE\nFROM \${BASE_IMAGE}\nRUN echo quick-${Date.now()}\n`, run.tmp);
    expect(await next.exit, next.stderr()).toBe(0);
    expect(await runDirs(run.tmp)).toEqual([]);
    record('fault', 'SIGKILL mid-build with a registry login', {
      builds: 2,
      passwordsLeft: 0,
      staleDirsAfterNextRun: 0,
    });
  });
});
