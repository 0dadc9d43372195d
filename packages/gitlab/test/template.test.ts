// The component template's shape, read as YAML: GitLab's component rules (spec header, typed
// inputs with defaults, nothing global) and that it only hands the adapter variables it reads.
// gitlab-ci-local's schema validation of the expanded template runs in pipelines.test.itg.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { componentTemplate, packageDir, repoRoot } from './support/sample-project.js';

const text = readFileSync(componentTemplate, 'utf8');
const [header, body] = parseAllDocuments(text).map((d) => d.toJS() as Record<string, unknown>);
const inputs = (header as { spec: { inputs: Record<string, { type?: string; default?: unknown; options?: unknown[]; description?: string }> } }).spec.inputs;
const envSource = readFileSync(path.join(packageDir, 'src/env.ts'), 'utf8') + readFileSync(path.join(packageDir, 'src/bake-env.ts'), 'utf8');

describe('component template', () => {
  test('has a spec header and a body', () => {
    expect(Object.keys(header!)).toEqual(['spec']);
    expect(body).toBeDefined();
  });

  test('defines nothing global that would leak into the including pipeline', () => {
    for (const key of ['default', 'variables', 'stages', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache']) {
      expect(body).not.toHaveProperty(key);
    }
  });

  test.each(Object.entries(inputs))('input %s has a default, a description and a valid type/options', (_name, spec) => {
    expect(spec.default).toBeDefined();
    expect(spec.description?.length).toBeGreaterThan(10);
    const type = spec.type ?? 'string';
    expect(['string', 'boolean', 'number', 'array']).toContain(type);
    if (type === 'array') expect(Array.isArray(spec.default)).toBe(true);
    else expect(typeof spec.default).toBe(type);
    if (spec.options) expect(spec.options).toContain(spec.default);
  });

  test('every interpolation names a declared input, and every input is used', () => {
    const used = new Set([...text.split('---')[1]!.matchAll(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(inputs).sort());
  });

  test('every LAYERCACHE_* variable the template sets (or exports) is one the adapter reads', () => {
    const set = new Set([...text.matchAll(/\b(LAYERCACHE_[A-Z_]+)(?=:|=)/g)].map((m) => m[1]!));
    expect(set.size).toBeGreaterThan(10);
    for (const name of set) {
      if (name === 'LAYERCACHE_LINT') continue; // read by the template's own script
      expect(envSource, name).toContain(`'${name}'`);
    }
  });

  test('the dind job runs the pinned job image and its preinstalled adapter: nothing installed per job', () => {
    const dind = body!['.$[[ inputs.job_name ]]-dind'] as { image?: string; before_script?: string[] };
    expect(dind.image).toBe('$[[ inputs.job_image ]]');
    expect(inputs.job_image!.default).toMatch(/^layercache\/layercache:\d+\.\d+\.\d+$/);
    expect(inputs.cli!.default).toBe('layercache-gitlab');
    expect(dind.before_script).toBeUndefined();
    expect(text.split('---')[1]).not.toMatch(/apk add|npx --yes @layercache\/gitlab@\d+ (build|lint)/);
  });

  test('the shell runner stops with exit 2 and the install line when the cli is not on PATH', () => {
    const shell = body!['.$[[ inputs.job_name ]]-shell'] as { before_script: string[] };
    const check = shell.before_script.find((l) => l.includes('inputs.cli'))!;
    const run = (cli: string) => spawnSync('sh', ['-c', check.replace('$[[ inputs.cli ]]', cli)], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
    const missing = run('layercache-gitlab-not-installed');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/layercache-gitlab-not-installed is not on the shell runner PATH.*npm install --global @layercache\/gitlab@/);
    expect(run('sh -c true').status).toBe(0); // a command with arguments: only its first word is looked up
  });

  test('has one visible job plus one hidden helper per runner kind', () => {
    const keys = Object.keys(body!);
    expect(keys.filter((k) => !k.startsWith('.'))).toEqual(['$[[ inputs.job_name ]]']);
    expect(keys.filter((k) => k.startsWith('.')).sort()).toEqual(inputs.runner!.options!.map((r) => `.$[[ inputs.job_name ]]-${r}`).sort());
  });
});

// GitLab's CI/CD catalog loads a component from templates/<name>.yml at the root of a project
// with a README; this repository is that project.
describe('the component project', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

  test('the README has the component section: its name, the include line and the inputs', () => {
    expect(readme).toMatch(/^## CI\/CD component/m);
    expect(readme).toContain('component: $CI_SERVER_FQDN/');
    expect(readme).toContain('/build@');
  });

  test('needs GitLab 16.11 (array inputs), and the header says so', () => {
    expect(Object.values(inputs).some((i) => i.type === 'array')).toBe(true);
    expect(text).toContain('GitLab 16.11');
  });
});
