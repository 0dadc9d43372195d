// Property: whatever string a user (or a broken CI) puts in any variable an adapter reads, the
// adapter answers with a clean error (exit 2, no stack trace) or gets past every check to the
// engine. Exit code 1 is allowed only in that last case, where it comes from the stand-in docker or buildx plugin
// (support/sandbox.ts: it fails every call, so a build that got that far is an engine failure),
// or from the default daemon socket being absent (an empty DOCKER_HOST); never from a crash.
// Each run sets 1 to 3 random variables on a valid base environment, in single and compose mode.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adapterEntries, type AdapterName, type EntryRun } from './support/adapters.js';
import { adapterEnv, adapterVariables, COMPOSE_VARIABLE } from './support/adapter-envs.js';
import { record } from '../../../sdk/test/reliability/support/figures.js';
import { openSandbox, STACK_FRAME, type Sandbox } from '../../../sdk/test/reliability/support/sandbox.js';

// 80 runs per adapter keep the unit suite near a minute on a busy machine; LAYERCACHE_PROPERTY_RUNS for more.
const RUNS = Number(process.env.LAYERCACHE_PROPERTY_RUNS ?? 80);
let sandbox: Sandbox;
let entries: Record<AdapterName, EntryRun>;
let project: string;
const tally = { runs: 0, exit2: 0, reachedDocker: 0 };

beforeAll(async () => {
  sandbox = await openSandbox();
  entries = await adapterEntries();
  project = path.join(sandbox.root, 'project');
  mkdirSync(project);
  writeFileSync(path.join(project, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(path.join(project, 'compose.yaml'), 'services:\n  web:\n    build: .\n');
}, 120_000); // loading the four adapters' sources takes a while on a busy machine
afterAll(async () => {
  await sandbox.close();
});

// Strings users get wrong: any unicode, control characters, path-like, flag-like and URL-like text.
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.fullUnicodeString({ maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\n',
    '\u0000',
    'true',
    'maybe',
    '0',
    '-1',
    '..',
    '/',
    '/etc/hostname/x',
    'a,b;c',
    '--push',
    'tcp://',
    'unix://',
    'x=y',
    '${VAR}',
    'latest'
  ),
  fc.stringOf(fc.constantFrom('a', '/', '.', ':', '@', '=', ',', '-', ' ', '\n', 'Z'), { maxLength: 30 })
);

describe.each(['gitlab', 'harness', 'semaphore', 'circleci'] as const)(
  '%s: random values in its variables',
  (adapter) => {
    const variables = adapterVariables(adapter);

    test(`never a stack trace, never exit 1 before the engine (${RUNS} runs over its variables)`, async () => {
      expect(variables.length).toBeGreaterThan(20);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...variables), value), { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          async (pairs, compose) => {
            const engine = { DOCKER_HOST: sandbox.dockerHost, DOCKER_CONFIG: sandbox.dockerConfig };
            const mode = compose ? { [COMPOSE_VARIABLE[adapter]]: 'compose.yaml' } : {};
            const env: Record<string, string> = {
              PATH: sandbox.path,
              ...engine,
              HOME: project,
              ...adapterEnv(adapter, project),
              ...mode,
            };
            for (const [name, v] of pairs) env[name] = v;
            const calls = sandbox.dockerCalls().length;
            const result = await entries[adapter](adapter === 'semaphore' ? ['build'] : [], env, project);
            const reachedDocker = sandbox.dockerCalls().length > calls;
            tally.runs++;
            if (result.code === 2) tally.exit2++;
            if (reachedDocker) tally.reachedDocker++;
            expect(result.output).not.toMatch(STACK_FRAME);
            expect(result.output).not.toContain('unexpected');
            // 0: a valid input with nothing to build (Harness PLUGIN_DEFAULT_TAGS off a tag or the default branch skips, as drone does).
            expect([0, 1, 2]).toContain(result.code);
            // An empty DOCKER_HOST means the default socket, which is absent here: an engine error, not bad input.
            if (result.code === 1)
              expect(reachedDocker || /the Docker daemon is not reachable/.test(result.output), result.output).toBe(
                true
              );
          }
        ),
        { numRuns: RUNS }
      );
    }, 300_000);
  }
);

describe('property figures', () => {
  test('recorded', () => {
    record('bad-input', 'random values in every adapter variable (no stack trace, exit 1 only from the engine)', {
      ...tally,
    });
    expect(tally.runs).toBe(4 * RUNS);
  });
});
