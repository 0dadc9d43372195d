// Which `layercache build` argv asks the engine early, and the --context flag read as parseArgs reads it.
import { expect, test } from 'vitest';
import { askEngineForBuild, contextFlag } from './early-engine.js';

const env = { DOCKER_HOST: 'unix:///nonexistent/docker.sock', HOME: '/nonexistent' };

test.each([['--dry-run'], ['--help'], ['-h']])('%s reaches no engine: nothing is asked', async (flag) => {
  expect(await askEngineForBuild(['.', flag], { env })).toBeUndefined();
});

test('a build asks (and a flag-like value after -- is a build context, not a flag)', async () => {
  const early = await askEngineForBuild(['.', '--', '--dry-run'], { env });
  expect(early).toBeDefined();
  early!.dispose();
});

test.each([
  [['.', '--context', 'ci'], 'ci'],
  [['--context=remote', '.'], 'remote'],
  [['--context', 'a', '--context', 'b'], 'b'],
  [['.', '--tag', 'x'], undefined],
])('contextFlag(%j) = %j', (argv, context) => {
  expect(contextFlag(argv)).toBe(context);
});
