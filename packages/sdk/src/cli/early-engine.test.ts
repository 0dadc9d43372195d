// Which `layercache build` argv asks the engine early (read by the build's own argv parser), and that
// the --context flag names the engine asked.
import os from 'node:os';
import { expect, test } from 'vitest';
import { askEngineForBuild } from './early-engine.js';

const env = { DOCKER_HOST: 'unix:///nonexistent/docker.sock', HOME: os.tmpdir() };

test.each([['--dry-run'], ['--help'], ['-h']])('%s reaches no engine: nothing is asked', async (flag) => {
  expect(await askEngineForBuild(['.', flag], { env })).toBeUndefined();
});

test('bad argv asks nothing: the build command reports it', async () => {
  expect(await askEngineForBuild(['.', '--no-such-flag'], { env })).toBeUndefined();
});

test('a build asks (and a flag-like value after -- is the build context, not a flag)', async () => {
  const early = await askEngineForBuild(['--', '--dry-run'], { env });
  expect(early).toBeDefined();
  early!.dispose();
});

test.each([[['.', '--context', 'no-such-context']], [['--context=no-such-context', '.']]])(
  '%j: the named context is the endpoint guessed (an unknown one: nothing asked)',
  async (argv) => {
    expect(await askEngineForBuild(argv, { env })).toBeUndefined();
    const early = await askEngineForBuild(['.', '--context', 'default'], { env });
    expect(early).toBeDefined();
    early!.dispose();
  },
);
