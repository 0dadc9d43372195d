// Through an adapter, a build still parses its options once: the GitLab adapter's whole run (env ->
// options, the kit's checks, cachedBuild) with the SDK's schema spied on. The engine is a stand-in:
// a process seam that answers buildx with exit 0 and preflight facts handed in (no Docker in unit
// tests); everything else runs as in a job.
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildOptionsSchema, cachedBuild, type PreflightReport } from '@layercache/sdk';
import { runAdapter, type AdapterLog } from '@layercache/sdk/adapter';
import { afterEach, expect, test, vi } from 'vitest';
import { gitlabAdapter } from '../../gitlab/src/main.js';

const engine: PreflightReport = {
  exporters: ['inline', 'registry', 'local'],
  imageManifest: true,
  summary: 'docker driver',
  buildkitSource: 'engine',
  exportersSource: 'probed',
  dockerHost: 'unix:///stand-in.sock',
  engineVersion: '26.1.5',
  containerdStore: true,
  buildxVersion: '0.13.1',
  builder: 'default',
  driver: 'docker',
  buildkitVersion: '0.13.0',
};

const quiet: AdapterLog = { info: () => {}, warn: () => {}, error: () => {}, summary: () => {} };

afterEach(() => vi.restoreAllMocks());

test('the GitLab adapter run parses the options once, from its variables to the plan', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-adapter-parse-'));
  await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
  // The docker CLI the input checks look for on PATH; the stand-in process seam never starts it.
  await mkdir(path.join(dir, 'bin'));
  await writeFile(path.join(dir, 'bin', 'docker'), '#!/bin/sh\nexit 1\n');
  await chmod(path.join(dir, 'bin', 'docker'), 0o755);
  const env = {
    PATH: path.join(dir, 'bin'),
    DOCKER_HOST: 'unix:///stand-in.sock',
    CI_DEFAULT_BRANCH: 'main',
    CI_COMMIT_BRANCH: 'main',
    CI_COMMIT_REF_NAME: 'main',
    CI_PIPELINE_SOURCE: 'push',
    CI_COMMIT_SHA: 'a'.repeat(40),
    LAYERCACHE_BACKEND: 'local',
    LAYERCACHE_CACHE_DIR: '.cache',
  };
  const parses = vi.spyOn(buildOptionsSchema, 'safeParse');
  let backend: string | undefined;
  const buildx = async () => ({ exitCode: 0, stdout: '', stderrTail: '' });
  const exit = await runAdapter(gitlabAdapter, { env, cwd: dir, log: quiet }, {
    build: async (options, runtime) => {
      const result = await cachedBuild(options, { ...runtime, preflight: engine, run: buildx });
      backend = result.plan.backend;
      return result;
    },
  });
  expect(exit).toBe(0);
  expect(backend).toBe('local');
  expect(parses).toHaveBeenCalledTimes(1);
});
