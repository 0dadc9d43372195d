// Builds the job image (image/Dockerfile) here, where nothing can be pulled: a base image imported
// from a rootfs that holds this machine's node, env, bash, docker CLI and buildx plugin plus the shared
// libraries they load (ldd), at the paths of the official node and docker:cli images. The
// Dockerfile then takes that base for both BASE_IMAGE and DOCKER_CLI_IMAGE. The context comes from
// image/context.mjs, as in a published build. The image is pushed to the test registry so that a
// test can reset the engine (resetBuilder removes every image) and still run it.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The test engine's own client when it has one (the docker28 engine: a PATH prefix and DOCKER_CONFIG/cli-plugins). */
function engineClient(relative: string, dir: string | undefined, fallback: string): string {
  const own = dir ? path.join(dir, relative) : undefined;
  return own && existsSync(own) ? own : fallback;
}

const BINARIES: Record<string, string> = {
  '/usr/local/bin/node': process.execPath,
  // The bins' `#!/usr/bin/env node` needs env; the orb's run step needs bash, readlink and
  // dirname: all of them are in the official node image.
  '/usr/bin/env': '/usr/bin/env',
  '/bin/bash': '/bin/bash',
  '/usr/bin/readlink': '/usr/bin/readlink',
  '/usr/bin/dirname': '/usr/bin/dirname',
  '/usr/local/bin/docker': engineClient('bin/docker', process.env.LAYERCACHE_ENGINE_STATE, '/usr/bin/docker'),
  '/usr/local/libexec/docker/cli-plugins/docker-buildx': engineClient(
    'cli-plugins/docker-buildx',
    process.env.DOCKER_CONFIG,
    '/usr/libexec/docker/cli-plugins/docker-buildx'
  ),
};

/** Shared objects a binary loads, as ldd prints them (`name => /path (addr)` or `/path (addr)`). */
export function parseLdd(output: string): string[] {
  const libs: string[] = [];
  for (const line of output.split('\n')) {
    const m = /=>\s*(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(0x/.exec(line);
    if (m?.[1]) libs.push(m[1]);
  }
  return libs;
}

async function makeRootfs(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'layercache-base-'));
  const files = new Map<string, string>(Object.entries(BINARIES));
  for (const source of Object.values(BINARIES)) {
    for (const lib of parseLdd((await run('ldd', [source])).stdout)) files.set(lib, lib);
  }
  for (const [target, source] of files) {
    await mkdir(path.join(root, path.dirname(target)), { recursive: true });
    await copyFile(await realpath(source), path.join(root, target));
    await chmod(path.join(root, target), 0o755);
  }
  await mkdir(path.join(root, 'etc'), { recursive: true });
  await writeFile(path.join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/false\n');
  await writeFile(path.join(root, 'etc/group'), 'root:x:0:\n');
  for (const dir of ['tmp', 'root', 'harness']) await mkdir(path.join(root, dir), { recursive: true });
  await chmod(path.join(root, 'tmp'), 0o1777);
  return root;
}

function importRootfs(root: string, ref: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const tar = spawn('tar', ['-C', root, '-c', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const imp = spawn(
      'docker',
      ['import', '--change', 'ENV PATH=/usr/local/bin', '--change', 'WORKDIR /harness', '-', ref],
      { stdio: ['pipe', 'ignore', 'pipe'] }
    );
    let stderr = '';
    imp.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    tar.stdout.pipe(imp.stdin);
    imp.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`docker import failed (${code}): ${stderr}`))
    );
    tar.on('error', reject);
    imp.on('error', reject);
  });
}

/** Prepares the context, makes the base, builds and pushes the job image; returns its reference. */
export async function buildJobImage(registry: string): Promise<string> {
  const context = await mkdtemp(path.join(os.tmpdir(), 'layercache-image-context-'));
  await run('node', [path.join(ROOT, 'image/context.mjs'), context], { maxBuffer: 16 * 1024 * 1024 });
  const base = `${registry}/layercache/base:test`;
  const image = `${registry}/layercache/layercache:test`;
  const root = await makeRootfs();
  try {
    await importRootfs(root, base);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const dockerfile = path.join(ROOT, 'image/Dockerfile');
  const args = ['build', '--quiet', '-f', dockerfile, '--build-arg', `BASE_IMAGE=${base}`];
  args.push('--build-arg', `DOCKER_CLI_IMAGE=${base}`);
  await run('docker', [...args, '--tag', image, context], { maxBuffer: 16 * 1024 * 1024 });
  await rm(context, { recursive: true, force: true });
  await run('docker', ['push', '--quiet', image]);
  return image;
}

export interface ImageRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `docker run` of a command in the image as a CI job runs: the engine's socket mounted, host
 * network (the test registry is on loopback), optionally a workspace at /work, env passed by
 * name (`-e NAME`: values stay out of argv).
 */
export async function runInImage(
  image: string,
  command: string[],
  opts: { workspace?: string; env?: Record<string, string> } = {}
): Promise<ImageRun> {
  const socket = (process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock').replace(/^unix:\/\//, '');
  const args = ['run', '--rm', '--network', 'host', '-v', `${socket}:/var/run/docker.sock`];
  if (opts.workspace) args.push('-v', `${opts.workspace}:/work`, '-w', '/work');
  for (const name of Object.keys(opts.env ?? {})) args.push('-e', name);
  const options = { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...opts.env } };
  return run('docker', [...args, image, ...command], options).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: e.code ?? -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    })
  );
}
