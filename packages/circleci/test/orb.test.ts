// The orb source and the plain config snippet, parsed and checked for structure: orb
// conventions (descriptions, typed parameters, an executor), and every `<< parameters.x >>`
// pointing at a parameter that exists.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { commandSteps, expand, loadOrb, referencedParameters, resolveParameters, type ParamSpec } from './support/orb.js';

const orb = loadOrb();
const TYPES = ['string', 'boolean', 'integer', 'enum', 'executor', 'steps', 'env_var_name'];
const sources = ['../src/env.ts', '../src/main.ts'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8')).join('\n');
/** The adapter reads NAME as value('NAME') / env.NAME / env['NAME']. */
const adapterReads = (name: string) => new RegExp(`['.]${name}\\b`).test(sources);

function checkParameters(where: string, specs: Record<string, ParamSpec>, body: unknown) {
  for (const [name, spec] of Object.entries(specs)) {
    expect(spec.description, `${where}.${name} description`).toBeTruthy();
    expect(TYPES, `${where}.${name} type`).toContain(spec.type);
    expect(name, `${where}.${name}: orb parameters are snake_case`).toMatch(/^[a-z][a-z0-9_]*$/);
    if (spec.type === 'enum') {
      expect(spec.enum?.length, `${where}.${name} enum values`).toBeGreaterThan(0);
      if (spec.default !== undefined) expect(spec.enum).toContain(spec.default);
    }
    if (spec.type === 'boolean' && spec.default !== undefined) expect(typeof spec.default).toBe('boolean');
    if (spec.type === 'env_var_name' && spec.default !== undefined) expect(spec.default).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  }
  const used = referencedParameters(body);
  for (const name of used) expect(Object.keys(specs), `${where} references parameters.${name}`).toContain(name);
  for (const name of Object.keys(specs)) expect(used, `${where} parameter ${name} is used`).toContain(name);
}

describe('orb.yml', () => {
  test('is a 2.1 orb with a description and display links', () => {
    expect(orb.version).toBe(2.1);
    expect(orb.description.length).toBeGreaterThan(40);
    expect(orb.display).toMatchObject({ source_url: expect.stringMatching(/^https:\/\//) });
  });

  test('has a machine executor with a docker_layer_caching parameter', () => {
    const executor = orb.executors.machine!;
    expect(executor.description).toMatch(/setup_remote_docker/);
    expect(executor.parameters?.docker_layer_caching).toMatchObject({ type: 'boolean', default: false });
    expect(executor.machine).toMatchObject({ docker_layer_caching: '<< parameters.docker_layer_caching >>' });
    const { parameters, description, ...body } = executor;
    checkParameters('executors.machine', parameters ?? {}, body);
  });

  test('has an image executor: the pinned layercache job image, which has layercache-circleci', () => {
    const executor = orb.executors.image!;
    expect(executor.description).toMatch(/setup_remote_docker/);
    expect(executor.parameters?.tag).toMatchObject({ type: 'string', default: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(executor.docker).toEqual([{ image: 'layercache/layercache:<< parameters.tag >>' }]);
    const { parameters, description, ...body } = executor;
    checkParameters('executors.image', parameters ?? {}, body);
  });

  test('build command: described, typed parameters, each one used, no unknown references', () => {
    const build = orb.commands.build!;
    expect(build.description).toBeTruthy();
    expect(build.parameters.image).toMatchObject({ type: 'string' });
    expect(build.parameters.image!.default, 'image is required').toBeUndefined();
    checkParameters('commands.build', build.parameters, build.steps);
  });

  test('every variable the run step sets is read by the adapter or the step itself', () => {
    const [step] = commandSteps(orb, 'build', { image: 'reg/app' });
    if (!step || !('run' in step)) throw new Error('first step must be a run step');
    for (const name of Object.keys(step.run.environment)) {
      const readByAdapter = adapterReads(name);
      const readByStep = step.run.command.includes(name);
      expect(readByAdapter || readByStep, `${name} is read somewhere`).toBe(true);
    }
    expect(step.run.environment).toMatchObject({ LAYERCACHE_IMAGE: 'reg/app', LAYERCACHE_PUSH: 'true', LAYERCACHE_REGISTRY_PASSWORD_VAR: 'DOCKER_PASSWORD' });
  });

  test('store_report=false drops the artifact step; unknown or missing parameters are refused', () => {
    const kinds = (given: Record<string, string | boolean>) => commandSteps(orb, 'build', given).map((s) => ('run' in s ? 'run' : s.other));
    expect(kinds({ image: 'reg/app' })).toEqual(['run', 'store_artifacts']);
    expect(kinds({ image: 'reg/app', store_report: false })).toEqual(['run']);
    expect(() => commandSteps(orb, 'build', {})).toThrow(/image/);
    expect(() => commandSteps(orb, 'build', { image: 'x', pushh: true })).toThrow(/pushh/);
  });

  test('examples use existing commands and executors with valid parameters', () => {
    const examples = Object.values(orb.examples ?? {});
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(example.description).toBeTruthy();
      const text = JSON.stringify(example.usage);
      for (const m of text.matchAll(/"layercache\/([a-z_-]+)"/g)) {
        expect([...Object.keys(orb.commands), ...Object.keys(orb.executors)]).toContain(m[1]);
      }
      const jobs = (example.usage.jobs ?? {}) as Record<string, { steps: unknown[] }>;
      for (const job of Object.values(jobs)) {
        for (const step of job.steps) {
          if (typeof step !== 'object' || step === null || !('layercache/build' in step)) continue;
          const given = (step as Record<string, Record<string, string | boolean>>)['layercache/build']!;
          expect(() => resolveParameters(orb.commands.build!.parameters, given)).not.toThrow();
        }
      }
    }
  });

  test('expand keeps types for whole references and interpolates inside text', () => {
    expect(expand({ a: '<< parameters.x >>', b: 'x=<< parameters.x >>' }, { x: true })).toEqual({ a: true, b: 'x=true' });
    expect(() => expand('<< parameters.nope >>', {})).toThrow(/nope/);
  });
});

describe('examples/config.yml (no orb)', () => {
  const config = parse(readFileSync(new URL('../examples/config.yml', import.meta.url), 'utf8')) as {
    version: number;
    jobs: Record<string, { machine: Record<string, unknown>; environment: Record<string, string>; steps: unknown[] }>;
    workflows: Record<string, { jobs: string[] }>;
  };

  test('a 2.1 config whose workflow runs a defined job', () => {
    expect(config.version).toBe(2.1);
    for (const wf of Object.values(config.workflows)) for (const job of wf.jobs) expect(Object.keys(config.jobs)).toContain(job);
  });

  test('sets the adapter variables and runs the same CLI as the orb', () => {
    const job = Object.values(config.jobs)[0]!;
    expect(job.machine.docker_layer_caching).toBe(true);
    for (const name of Object.keys(job.environment)) expect(adapterReads(name), `${name} is read by the adapter`).toBe(true);
    expect(job.environment.LAYERCACHE_IMAGE).toMatch(/^[^:]+\/[^:]+$/);
    expect(JSON.stringify(job.steps)).toContain('@layercache/circleci@');
  });
});
