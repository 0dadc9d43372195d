// File checks and file discovery on temporary project folders (real files, no Docker: a Compose
// file is parsed here; bake files need `docker buildx bake --print`, covered by the fake runner below).
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../errors.js';
import type { ProcessRunner } from '../exec/process.js';
import { loadBakeProject, parseDotEnv } from './load.js';

async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-bake-unit-'));
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

const noDocker: ProcessRunner = async () => {
  throw new Error('docker must not run for a Compose file');
};
const load = (cwd: string, files: string[] = [], env: Record<string, string> = {}, run = noDocker) =>
  loadBakeProject({ files, targets: [], cwd, env, childEnv: env, dockerPath: 'docker', run });

describe('loadBakeProject', () => {
  test("finds compose.yaml, resolves .env under the caller's env, and runs in the file's folder", async () => {
    const dir = await project({
      'app/compose.yaml': 'services:\n  api:\n    build:\n      context: ${CTX}\n      args: { MODE: "${MODE}" }\n',
      'app/.env': 'CTX=src\nMODE=from-dotenv\n',
      'app/src/Dockerfile': 'FROM scratch\n',
    });
    const loaded = await load(path.join(dir, 'app'), [], { MODE: 'from-env' });
    expect(loaded.files).toEqual([path.join(dir, 'app', 'compose.yaml')]);
    expect(loaded.projectDir).toBe(path.join(dir, 'app'));
    expect(loaded.project.services[0]).toMatchObject({ context: 'src', args: { MODE: 'from-env' } });
  });

  test('a missing Dockerfile is a ConfigError naming the service', async () => {
    const dir = await project({
      'compose.yaml':
        'services:\n  api:\n    build: ./api\n  web:\n    build:\n      context: web\n      dockerfile: Dockerfile.prod\n',
      'api/Dockerfile': 'FROM scratch\n',
      'web/Dockerfile': 'FROM scratch\n',
    });
    const error = await load(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([
      {
        path: 'services.web.build.dockerfile',
        message: 'web/Dockerfile.prod does not exist',
        hint: expect.stringContaining('build.dockerfile'),
      },
    ]);
  });

  test('a missing context directory names the service; a git URL context is not checked', async () => {
    const dir = await project({
      'compose.yaml':
        'services:\n  api:\n    build: ./nope\n  remote:\n    build: https://github.com/example/app.git#main\n',
    });
    await expect(load(dir)).rejects.toThrow(/services\.api\.build\.context: directory \.\/nope does not exist/);
  });

  test('no file, or a named file that does not exist', async () => {
    const dir = await project({});
    await expect(load(dir)).rejects.toThrow(/files: no compose.yaml, compose.yml/);
    await expect(load(dir, ['other.yaml'])).rejects.toThrow(/files.0: other.yaml does not exist/);
  });

  test('an HCL bake file is read through docker buildx bake --print, in its folder', async () => {
    const dir = await project({ 'docker-bake.hcl': 'target "app" {}\n', Dockerfile: 'FROM scratch\n' });
    const calls: Array<[string, string[], string | undefined]> = [];
    // Fake of the docker CLI (the real one is exercised by the integration tests).
    const run: ProcessRunner = async (command, args, options) => {
      calls.push([command, args, options?.cwd]);
      return {
        exitCode: 0,
        stdout: JSON.stringify({
          target: {
            app: {
              context: '.',
              dockerfile: 'Dockerfile',
              'cache-from': [{ type: 'registry', ref: 'reg.test/own,cache' }],
            },
          },
        }),
        stderrTail: '',
      };
    };
    const loaded = await load(dir, [], {}, run);
    expect(calls).toEqual([
      ['docker', ['buildx', 'bake', '--print', '--file', path.join(dir, 'docker-bake.hcl')], dir],
    ]);
    expect(loaded.project.services[0]).toMatchObject({
      name: 'app',
      target: 'app',
      slug: 'app',
      cacheFrom: ['type=registry,"ref=reg.test/own,cache"'],
    });
  });
});

test('parseDotEnv: comments, export, quotes', () => {
  expect(parseDotEnv('# c\nexport A=1\nB="two words"\nC=\'x#y\'\nD=v # note\nbad line\n')).toEqual({
    A: '1',
    B: 'two words',
    C: 'x#y',
    D: 'v',
  });
});
