// Done-when for CircleCI: a project config that uses the packed orb's `build` job, expanded as
// CircleCI's config processing does (job parameters, then the command it calls), then the run
// step's environment fed through the adapter and the SDK's planner: the exact argv and env.
// The CircleCI CLI (`circleci config process`) needs the network, so support/orb.ts stands in.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { planBuild } from '@layercache/sdk';
import { fromCircleEnv } from '../src/env.js';
import { commandSteps, expand, loadOrb, resolveParameters, type ParamValue } from './support/orb.js';

const CONFIG = `
version: 2.1
orbs:
  layercache: layercache/layercache@0.1.0
workflows:
  main:
    jobs:
      - layercache/build:
          image: registry.example.com/acme/shop
          registry: registry.example.com
          registry_username: REGISTRY_USER
          registry_password: REGISTRY_TOKEN
          build_args: NODE_ENV=production
          network: none
`;
const CIRCLE = {
  CIRCLECI: 'true',
  CIRCLE_BRANCH: 'feature/login',
  CIRCLE_SHA1: 'a1b2c3d4e5f6a7b8c9d0',
  CIRCLE_BUILD_NUM: '42',
  CIRCLE_PROJECT_USERNAME: 'acme',
  CIRCLE_PROJECT_REPONAME: 'shop',
};
const SECRETS = { REGISTRY_USER: 'ci-bot', REGISTRY_TOKEN: 'registry-token-0001' };

/** The `build` job as CircleCI would run it: its steps, with the command's run step expanded. */
function jobSteps(given: Record<string, ParamValue>) {
  const orb = loadOrb() as ReturnType<typeof loadOrb> & {
    jobs: Record<string, { parameters: Record<string, never>; steps: unknown[]; executor: string }>;
  };
  const job = orb.jobs.build!;
  const params = resolveParameters(job.parameters, given);
  const steps = expand(job.steps, params) as Record<string, unknown>[];
  return { executor: expand(job.executor, params), steps, params };
}

describe("a config using the packed orb's build job", () => {
  const config = parse(CONFIG) as { workflows: { main: { jobs: Record<string, Record<string, ParamValue>>[] } } };
  const given = config.workflows.main.jobs[0]!['layercache/build']!;
  const { executor, steps } = jobSteps(given);

  test('runs on the image executor: checkout, a remote engine, then the build command with every job parameter', () => {
    expect(executor).toBe('image');
    expect(steps[0]).toEqual({ when: { condition: true, steps: ['checkout'] } });
    expect(steps[1]).toEqual({
      when: { condition: true, steps: [{ setup_remote_docker: { docker_layer_caching: false } }] },
    });
    expect(steps[2]).toHaveProperty('build');
  });

  test('on the machine executor, remote_docker: false drops setup_remote_docker', () => {
    const machine = jobSteps({ ...given, executor: 'machine', remote_docker: false });
    expect(machine.executor).toBe('machine');
    expect(machine.steps[1]).toEqual({
      when: { condition: false, steps: [{ setup_remote_docker: { docker_layer_caching: false } }] },
    });
  });

  test("the plan: argv and env from the run step's environment, no secret in argv", () => {
    const call = steps[2]!.build as Record<string, ParamValue>;
    const [run] = commandSteps(loadOrb(), 'build', call);
    if (!run || !('run' in run)) throw new Error('the build command starts with a run step');
    // The run step's script exports LAYERCACHE_BUILDER=layercache when no builder is given.
    const env = { ...run.run.environment, ...CIRCLE, ...SECRETS, LAYERCACHE_BUILDER: 'layercache' };
    const plan = planBuild(fromCircleEnv(env), { metadataFile: '/tmp/m.json' });
    expect(plan.args).toEqual([
      'buildx',
      'build',
      '--builder',
      'layercache',
      '--progress=rawjson',
      '--metadata-file',
      '/tmp/m.json',
      '--file',
      'Dockerfile',
      '--tag',
      'registry.example.com/acme/shop:a1b2c3d4e5f6a7b8c9d0',
      '--tag',
      'registry.example.com/acme/shop:build-42',
      '--build-arg',
      'NODE_ENV=production',
      '--label',
      'org.opencontainers.image.revision=a1b2c3d4e5f6a7b8c9d0',
      '--label',
      'com.circleci.project=acme/shop',
      '--cache-from',
      'type=registry,ref=registry.example.com/acme/shop-cache:feature-login',
      '--cache-from',
      'type=registry,ref=registry.example.com/acme/shop-cache:main',
      '--cache-to',
      'type=registry,ref=registry.example.com/acme/shop-cache:feature-login,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true',
      '--push',
      '--network=none',
      '.',
    ]);
    expect(plan.options.registryAuth).toEqual([
      { registry: 'registry.example.com', username: 'ci-bot', password: 'registry-token-0001' },
    ]);
    expect([plan.args.join(' '), JSON.stringify(plan), JSON.stringify(run.run.environment)].join('\n')).not.toContain(
      'registry-token-0001'
    );
  });
});
