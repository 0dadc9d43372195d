// The entry point's contract without a build: usage and settings errors exit 2 and name what to fix.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../src/main.js';

function io(env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      env,
      cwd: '/tmp',
      stdout: { write: (c: string) => out.push(c) },
      stderr: { write: (c: string) => err.push(c) },
    },
    out,
    err,
  };
}

const branchJob = {
  HOME: '/home/semaphore',
  SEMAPHORE_GIT_REF_TYPE: 'branch',
  SEMAPHORE_GIT_BRANCH: 'main',
  SEMAPHORE_JOB_ID: 'job-1',
};

describe('layercache-semaphore', () => {
  test.each([
    { argv: [], code: 2, stream: 'err', text: 'Usage: layercache-semaphore' },
    { argv: ['--help'], code: 0, stream: 'out', text: 'Usage: layercache-semaphore' },
    { argv: ['deploy'], code: 2, stream: 'err', text: 'unknown command "deploy"' },
    { argv: ['build', '--push'], code: 2, stream: 'err', text: 'unknown argument "--push"' },
  ])('$argv exits $code', async ({ argv, code, stream, text }) => {
    const t = io(branchJob);
    expect(await main(argv, t.io)).toBe(code);
    expect((stream === 'out' ? t.out : t.err).join('')).toContain(text);
  });

  test('bad settings exit 2 before anything runs, naming the variable', async () => {
    const t = io({ ...branchJob, SEMAPHORE_GIT_BRANCH: undefined });
    expect(await main(['build'], t.io)).toBe(2);
    expect(t.err.join('')).toContain('SEMAPHORE_GIT_BRANCH');
  });

  // The runner's one parse names an image reference by the setting it was made from, not by LAYERCACHE_TAGS.
  test.each(['build', 'plan'])('%s names a bad image by LAYERCACHE_IMAGE', async (command) => {
    const t = io({
      ...branchJob,
      LAYERCACHE_IMAGE: 'Not An Image',
      SEMAPHORE_GIT_SHA: 'a'.repeat(40),
      SEMAPHORE_WORKFLOW_NUMBER: '3',
    });
    expect(await main([command], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/LAYERCACHE_IMAGE: .*\(option tags\.0\)/);
    expect(t.err.join('')).not.toContain('LAYERCACHE_TAGS');
  });

  test('plan prints the cache CLI keys of the local backend', async () => {
    const t = io(branchJob);
    expect(await main(['plan'], t.io)).toBe(0);
    const printed = JSON.parse(t.out.join(''));
    expect(printed.cacheCli).toMatchObject({
      dir: '/home/semaphore/.cache/layercache',
      restore: 'layercache_image_main_',
      store: 'layercache_image_main_job-1',
    });
    expect(printed.plan.backend).toBe('local');
  });
});

// The build is a fake (io.build) so the report path can break after the checks: the fake turns it
// into a directory. A finished build must still exit 0, with a warning.
describe('layercache-semaphore build: the report after a finished build', () => {
  const result = {
    imageDigest: `sha256:${'b'.repeat(64)}`,
    tags: [],
    durationMs: 1000,
    plan: {},
    preflight: {},
    metadata: {},
    report: {
      backend: 'registry',
      cacheFrom: [],
      cacheTo: [],
      reads: [],
      writes: undefined,
      totalSteps: 2,
      cachedSteps: 2,
      hitRatio: 1,
      steps: [],
      firstMiss: null,
      importFound: true,
      imports: [],
      exportStatus: 'skipped',
      warnings: [],
    },
  };
  test('a --report-json that cannot be written is a warning: exit 0', async () => {
    const project = await mkdtemp(path.join(os.tmpdir(), 'semaphore-main-'));
    await writeFile(path.join(project, 'Dockerfile'), 'FROM scratch\n');
    const report = path.join(project, 'report.json');
    const t = io({ ...branchJob, LAYERCACHE_CACHE_REF: 'registry.example.test/app/cache' });
    const build = async () => {
      await mkdir(report);
      return result as never;
    };
    expect(await main(['build', '--report-json', report], { ...t.io, cwd: project, build })).toBe(0);
    expect(t.err.join('')).toContain('warning: [layercache] could not write --report-json');
  });
});
