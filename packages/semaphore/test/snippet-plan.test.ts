// Done-when for Semaphore: the documented block of docs/semaphore.md (registry backend), its
// agent and commands as written, its env_vars plus the variables Semaphore sets, fed through the
// adapter and the SDK's planner: the exact argv and env. snippet.test.itg.ts runs the same block.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { planBuild } from '@layercache/sdk';
import { fromSemaphoreEnv } from '../src/env.js';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/semaphore.md'), 'utf8');
const block = (name: string) =>
  parse(new RegExp(`<!-- snippet: ${name} -->\\s*\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(doc)![1]!);

const SEMAPHORE = {
  SEMAPHORE: 'true',
  SEMAPHORE_PROJECT_NAME: 'shop',
  SEMAPHORE_GIT_REPO_SLUG: 'acme/shop',
  SEMAPHORE_GIT_SHA: '5c84719708b9b649b9ef3b56af214f38cee6acde',
  SEMAPHORE_WORKFLOW_NUMBER: '7',
  SEMAPHORE_JOB_ID: 'job-1',
  SEMAPHORE_GIT_REF_TYPE: 'branch',
  SEMAPHORE_GIT_BRANCH: 'feature/login',
  SEMAPHORE_GIT_WORKING_BRANCH: 'feature/login',
  DOCKER_USERNAME: 'ci',
  DOCKER_PASSWORD: 'docker-password-0001',
};

describe.each(['registry', 'local'])('the documented %s block', (name) => {
  const pipeline = block(name);
  const task = pipeline.blocks[0].task;

  test('uses a current machine (f1 with Ubuntu 24.04), Node 20 and pushes the report as a job artifact, pass or fail', () => {
    expect(pipeline.agent.machine).toEqual({ type: 'f1-standard-2', os_image: 'ubuntu2404' });
    expect(task.jobs[0].commands).toContain('sem-version node 20');
    expect(task.jobs[0].commands.at(-1)).toBe('layercache-semaphore build --report-json layercache-report.json');
    expect(task.epilogue.always.commands).toEqual(['artifact push job layercache-report.json']);
  });
});

describe('the registry block through the adapter', () => {
  const task = block('registry').blocks[0].task;
  const envVars = Object.fromEntries(
    task.env_vars.map((v: { name: string; value: string }) => [v.name, String(v.value)])
  );
  const plan = planBuild(fromSemaphoreEnv({ ...envVars, ...SEMAPHORE }), { metadataFile: '/tmp/m.json' });

  test('argv: the per-build tag, the branch cache then main, written to the branch', () => {
    expect(plan.args).toEqual([
      'buildx',
      'build',
      '--progress=rawjson',
      '--metadata-file',
      '/tmp/m.json',
      '--file',
      'Dockerfile',
      '--tag',
      'registry.example.com:5000/my-project:5c84719708b9b649b9ef3b56af214f38cee6acde_7',
      '--cache-from',
      'type=registry,ref=registry.example.com:5000/my-project/cache:feature-login',
      '--cache-from',
      'type=registry,ref=registry.example.com:5000/my-project/cache:main',
      '--cache-to',
      'type=registry,ref=registry.example.com:5000/my-project/cache:feature-login,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true',
      '.',
    ]);
    expect(plan.secretEnvNames).toEqual([]);
    expect(JSON.stringify(plan)).not.toContain('docker-password-0001');
  });
});
