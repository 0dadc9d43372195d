import { expect, test } from 'vitest';
import { pruneBase } from '../src/env.js';
import { runGitLab } from '../src/main.js';

const env = {
  CI: 'true',
  GITLAB_CI: 'true',
  CI_COMMIT_BRANCH: 'main',
  CI_DEFAULT_BRANCH: 'trunk',
  CI_REGISTRY: 'registry.example.com',
  CI_REGISTRY_IMAGE: 'registry.example.com/group/app',
  CI_JOB_TOKEN: 'job-token',
  CI_COMMIT_SHA: 'a'.repeat(40),
  CI_COMMIT_SHORT_SHA: 'aaaaaaaa',
};

test("the scheduled prune job gets the build job's cache ref, the job login and the default branch", () => {
  expect(pruneBase(env)).toEqual({
    backend: 'registry',
    ref: 'registry.example.com/group/app/cache',
    dir: undefined,
    registryAuth: [{ registry: 'registry.example.com', username: 'gitlab-ci-token', password: 'job-token' }],
    defaultBranch: 'trunk',
  });
});

test('the cache_ref and backend inputs win', () => {
  expect(pruneBase({ ...env, LAYERCACHE_CACHE_REF: 'registry.example.com/other/cache' }).ref).toBe(
    'registry.example.com/other/cache'
  );
  expect(pruneBase({ ...env, LAYERCACHE_BACKEND: 'local' })).toMatchObject({
    backend: 'local',
    dir: '.layercache/cache',
  });
});

test('layercache-gitlab prune with a variable missing: exit 2 naming it, no stack trace', async () => {
  let stderr = '';
  const io = {
    env: { ...env, CI_DEFAULT_BRANCH: '' },
    cwd: process.cwd(),
    stdout: { write: () => true },
    stderr: { write: (s: string) => ((stderr += s), true) },
  };
  expect(await runGitLab(['prune', '--dry-run'], io)).toBe(2);
  expect(stderr).toContain('CI_DEFAULT_BRANCH');
  expect(stderr).not.toMatch(/\n\s+at /);
});
