// One build as a new CI runner would run it: an emptied builder, no images, the cache as it is.
import { cachedBuild, type BuildOptionsInput, type BuildResult } from '../../src/index.js';
import { resetBuilder, type TestEngine } from '../../../../test-support/engine.js';

export async function freshRunnerBuild(engine: TestEngine, context: string, options: BuildOptionsInput): Promise<BuildResult> {
  await resetBuilder();
  return cachedBuild(
    { context, network: 'none', buildArgs: { BASE_IMAGE: engine.baseImage }, ...options },
    { env: engine.env, cwd: context, logger: { info: () => undefined, warn: () => undefined } },
  );
}
