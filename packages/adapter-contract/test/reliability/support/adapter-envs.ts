// A valid environment per adapter (each bad-input case breaks one thing in it), the variable that
// switches each to compose mode, and every variable an adapter reads (found in its sources).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AdapterName } from './adapters.js';
import { ADAPTERS } from '../../adapters.js';

export const CACHE_REF = 'registry.example.test/app/cache';

export function adapterEnv(adapter: AdapterName, project: string): Record<string, string> {
  switch (adapter) {
    case 'gitlab':
      return {
        CI_DEFAULT_BRANCH: 'main',
        CI_COMMIT_BRANCH: 'feat',
        CI_COMMIT_REF_NAME: 'feat',
        CI_REGISTRY_IMAGE: 'registry.example.test/g/app',
        CI_PROJECT_DIR: project,
      };
    case 'harness':
      return {
        DRONE_BRANCH: 'feat',
        DRONE_REPO_BRANCH: 'main',
        DRONE_BUILD_EVENT: 'push',
        PLUGIN_REMOTE_CACHE_IMAGE: CACHE_REF,
      };
    case 'semaphore':
      return {
        SEMAPHORE_GIT_BRANCH: 'feat',
        SEMAPHORE_GIT_REF_TYPE: 'branch',
        SEMAPHORE_JOB_ID: 'job-1',
        LAYERCACHE_CACHE_REF: CACHE_REF,
      };
    case 'circleci':
      return {
        CIRCLE_BRANCH: 'feat',
        CIRCLE_BUILD_NUM: '12',
        CIRCLE_SHA1: 'a'.repeat(40),
        LAYERCACHE_IMAGE: 'registry.example.test/app',
        LAYERCACHE_REPORT_DIR: `${project}/reports`,
        BASH_ENV: `${project}/bash-env`,
      };
  }
}

export const COMPOSE_VARIABLE: Record<AdapterName, string> = {
  gitlab: 'LAYERCACHE_COMPOSE_FILE',
  harness: 'PLUGIN_COMPOSE_FILE',
  semaphore: 'LAYERCACHE_COMPOSE_FILE',
  circleci: 'LAYERCACHE_COMPOSE_FILE',
};

/** Every upper-case variable name quoted in the adapter's sources or its option-name table, plus the engine's. */
export function adapterVariables(adapter: AdapterName): string[] {
  const dir = path.resolve(import.meta.dirname, '../../../..', adapter, 'src');
  const names = new Set(['DOCKER_HOST', 'PATH']);
  const table = ADAPTERS.find(([name]) => name === adapter)![1].adapter.names;
  for (const v of Object.values(typeof table === 'function' ? table({}) : table))
    if (/^[A-Z][A-Z0-9_]*$/.test(v)) names.add(v);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/'([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])'/g)) names.add(m[1]!);
    for (const m of text.matchAll(/env\??\.([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])\b/g)) names.add(m[1]!); // env.CI_JOB_TOKEN
  }
  return [...names].sort();
}
