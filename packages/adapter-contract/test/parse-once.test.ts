// Through an adapter, a build still parses its options once: an adapter's whole run (env -> options,
// the kit's checks, cachedBuild) with the SDK's schema spied on. The engine is a stand-in:
// a process seam that answers buildx with exit 0 and preflight facts handed in (no Docker in unit
// tests); everything else runs as in a job.
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildOptionsSchema, cachedBuild } from '@layercache/sdk';
import { runAdapter, type AdapterContract, type AdapterLog } from '@layercache/sdk/adapter';
import { afterEach, expect, test, vi } from 'vitest';
import { circleciContract } from '../../circleci/test/contract.js';
import { gitlabContract } from '../../gitlab/test/contract.js';
import { harnessContract } from '../../harness/test/contract.js';
import { semaphoreContract } from '../../semaphore/test/contract.js';
import { STAND_IN_ENGINE, standInBuildx } from '../../../test-support/stand-in-engine.js';


const quiet: AdapterLog = { info: () => {}, warn: () => {}, error: () => {}, summary: () => {} };

afterEach(() => vi.restoreAllMocks());

// Semaphore's local backend runs its `cache` CLI around the build: not on the stand-in PATH, so it only warns.
const ADAPTERS: Array<[string, AdapterContract, Record<string, string>]> = [
  ['gitlab', gitlabContract, { LAYERCACHE_BACKEND: 'local', LAYERCACHE_CACHE_DIR: '.cache' }],
  ['circleci', circleciContract, { LAYERCACHE_CACHE_BACKEND: 'none' }],
  ['harness', harnessContract, { PLUGIN_CACHE_BACKEND: 'none' }],
  ['semaphore', semaphoreContract, { LAYERCACHE_BACKEND: 'local', LAYERCACHE_CACHE_DIR: '.cache' }],
];

const RUN_PARSES_ONCE = 'a %s adapter run parses the options once, from its variables to the plan';

test.each(ADAPTERS)(RUN_PARSES_ONCE, async (_name, contract, cache) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-adapter-parse-'));
  await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
  // The docker CLI the input checks look for on PATH; the stand-in process seam never starts it.
  await mkdir(path.join(dir, 'bin'));
  await writeFile(path.join(dir, 'bin', 'docker'), '#!/bin/sh\nexit 1\n');
  await chmod(path.join(dir, 'bin', 'docker'), 0o755);
  const standIn = { PATH: path.join(dir, 'bin'), DOCKER_HOST: 'unix:///stand-in.sock' };
  const env = { ...contract.defaultBranchPush, ...standIn, ...cache };
  const parses = vi.spyOn(buildOptionsSchema, 'safeParse');
  let planned = false;
  const errors: string[] = [];
  const log: AdapterLog = { ...quiet, error: (line) => errors.push(line) };
  const exit = await runAdapter(contract.adapter, { env, cwd: dir, log }, {
    build: async (options, runtime) => {
      const result = await cachedBuild(options, { ...runtime, preflight: STAND_IN_ENGINE, run: standInBuildx });
      planned = result.plan.args.includes('build');
      return result;
    },
  });
  expect({ exit, errors }).toEqual({ exit: 0, errors: [] });
  expect(planned).toBe(true);
  expect(parses).toHaveBeenCalledTimes(1);
});
