// The orb in orb-tools' source layout (orb/src), packed by orb/pack.mjs into orb/orb.yml: the
// packed file is the source's pack, validates against CircleCI's published JSON schema (vendored
// in test/fixtures, source named in circleci-config.schema.md), and the source passes the
// orb-tools review rules that can run without the network (RC006/RC007 fetch the URLs; RC011
// needs a release tag).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs script, no types
import { PACKED, SRC, packOrb, packedText } from '../orb/pack.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(path.join(here, 'fixtures/circleci-config.schema.json'), 'utf8')) as object;
const source = (dir: string) =>
  readdirSync(path.join(SRC, dir))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => ({
      file: `${dir}/${f}`,
      doc: parse(readFileSync(path.join(SRC, dir, f), 'utf8')) as Record<string, unknown>,
    }));
const components = ['commands', 'jobs', 'executors', 'examples'].flatMap(source);
const orbYml = parse(readFileSync(path.join(SRC, '@orb.yml'), 'utf8')) as {
  description: string;
  display: Record<string, string>;
};

/** Every `run` step under a value, with its path. */
function runSteps(value: unknown, at = ''): { at: string; run: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => runSteps(v, `${at}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'run' ? [{ at: `${at}.run`, run: v }] : runSteps(v, `${at}.${k}`)
  );
}

describe('orb/pack.mjs', () => {
  test('orb/orb.yml is the pack of orb/src (run `node orb/pack.mjs` after editing the source)', () => {
    expect(readFileSync(PACKED, 'utf8')).toBe(packedText());
  });

  test('the packed orb has the build command, the build job, the image and machine executors; scripts are inlined', () => {
    const orb = packOrb();
    expect(Object.keys(orb.commands)).toEqual(['build']);
    expect(Object.keys(orb.jobs)).toEqual(['build']);
    expect(Object.keys(orb.executors)).toEqual(['image', 'machine']);
    expect(orb.commands.build.steps[0].run.command).toBe(readFileSync(path.join(SRC, 'scripts/build.sh'), 'utf8'));
  });

  test.each([
    ['a partial include', 'echo <<include(scripts/x.sh)>>', /entire string/],
    ['two includes', '<<include(scripts/x.sh)>><<include(scripts/x.sh)>>', /multiple include/],
  ])('%s is refused, as by circleci orb pack', async (_name, command, error) => {
    const src = await mkdtemp(path.join(os.tmpdir(), 'orb-src-'));
    for (const dir of ['commands', 'jobs', 'executors', 'examples', 'scripts']) await mkdir(path.join(src, dir));
    await writeFile(path.join(src, '@orb.yml'), 'version: 2.1\n');
    await writeFile(path.join(src, 'scripts/x.sh'), 'echo x\n');
    await writeFile(path.join(src, 'commands/c.yml'), `steps:\n  - run:\n      command: "${command}"\n`);
    expect(() => packOrb(src)).toThrow(error);
  });

  test('include escapes << in the script, as the CircleCI CLI does', async () => {
    const src = await mkdtemp(path.join(os.tmpdir(), 'orb-src-'));
    for (const dir of ['commands', 'jobs', 'executors', 'examples', 'scripts']) await mkdir(path.join(src, dir));
    await writeFile(path.join(src, '@orb.yml'), 'version: 2.1\n');
    await writeFile(path.join(src, 'scripts/x.sh'), 'cat <<EOF\nhi\nEOF\n');
    await writeFile(path.join(src, 'commands/c.yml'), 'steps:\n  - run:\n      command: <<include(scripts/x.sh)>>\n');
    expect(packOrb(src).commands.c.steps[0].run.command).toBe('cat \\<<EOF\nhi\nEOF\n');
  });
});

describe("the packed orb against CircleCI's JSON schema", () => {
  test('validates, but for the parameterised values (resource classes, DLC) the schema does not model', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    type RemoteDocker = { when: { steps: [{ setup_remote_docker: { docker_layer_caching: string | boolean } }] } };
    const packed = parse(readFileSync(PACKED, 'utf8')) as {
      executors: Record<'image' | 'machine', { resource_class: string }>;
      jobs: { build: { steps: [unknown, RemoteDocker] } };
    };
    // The schema takes only literal resource classes, while CircleCI's config processing expands
    // `<< parameters.resource_class >>` in an executor first (CircleCI's own orbs do this). The
    // literal that the default expands to must pass; everything else is validated as written.
    for (const executor of [packed.executors.machine, packed.executors.image]) {
      expect(executor.resource_class).toBe('<< parameters.resource_class >>');
      executor.resource_class = 'medium';
    }
    // Likewise the build job's setup_remote_docker takes only a literal docker_layer_caching.
    const remote = packed.jobs.build.steps[1].when.steps[0].setup_remote_docker;
    expect(remote.docker_layer_caching).toBe('<< parameters.remote_docker_layer_caching >>');
    remote.docker_layer_caching = false;
    validate(packed);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
  });

  test('the schema can fail: a job without steps or executor is refused', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ version: 2.1, jobs: { build: { steps: 'not-a-list' } } })).toBe(false);
  });
});

describe('orb-tools review rules on orb/src', () => {
  test('RC001/RC005: @orb.yml has a source_url and a description of 64+ characters', () => {
    expect(orbYml.display.source_url).toMatch(/^https:\/\//);
    expect(orbYml.description.length).toBeGreaterThanOrEqual(64);
  });

  test('RC002: every component has a description', () => {
    for (const { file, doc } of components) expect(doc.description, file).toBeTruthy();
  });

  test('RC003/RC004: there are usage examples, none named "example"', () => {
    const examples = components.filter((c) => c.file.startsWith('examples/'));
    expect(examples.length).toBeGreaterThan(0);
    for (const { file } of examples) expect(path.basename(file)).not.toMatch(/example/);
  });

  test('RC008/RC009: every run step has a name, and a command over 64 characters is an <<include(...)>>', () => {
    const runs = components
      .filter((c) => /^(jobs|commands)\//.test(c.file))
      .flatMap((c) => runSteps(c.doc).map((r) => ({ ...r, file: c.file })));
    for (const { file, at, run } of runs) {
      expect(typeof run, `${file}${at} is an object`).toBe('object');
      const { name, command } = run as { name?: string; command: string };
      expect(name, `${file}${at} name`).toBeTruthy();
      if (command.length > 64) expect(command, `${file}${at} command`).toMatch(/^<<include\(scripts\/[\w.-]+\)>>$/);
    }
  });

  test('RC010: component files and parameters are snake_case', () => {
    for (const { file, doc } of components.filter((c) => !c.file.startsWith('examples/'))) {
      expect(path.basename(file), file).not.toContain('-');
      for (const name of Object.keys((doc.parameters ?? {}) as object))
        expect(name, `${file} ${name}`).not.toContain('-');
    }
  });

  test('RC012: no parameter default reads an environment variable', () => {
    for (const { file, doc } of components) {
      for (const [name, spec] of Object.entries((doc.parameters ?? {}) as Record<string, { default?: unknown }>)) {
        expect(String(spec.default ?? ''), `${file} ${name}`).not.toMatch(/\$./);
      }
    }
  });

  test('the job passes every parameter of the command on, with the same spec', () => {
    const build = components.find((c) => c.file === 'commands/build.yml')!.doc as {
      parameters: Record<string, unknown>;
    };
    const job = components.find((c) => c.file === 'jobs/build.yml')!.doc as {
      parameters: Record<string, unknown>;
      steps: Record<string, Record<string, string>>[];
    };
    for (const [name, spec] of Object.entries(build.parameters)) expect(job.parameters[name], name).toEqual(spec);
    const call = job.steps.find((s) => 'build' in s)!.build!;
    expect(call).toEqual(Object.fromEntries(Object.keys(build.parameters).map((k) => [k, `<< parameters.${k} >>`])));
  });
});
