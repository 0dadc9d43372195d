// What integration tests know about the real engine: where it is, and how to make it look like
// a fresh CI runner (no build cache, no images) between two builds.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile, mkdir, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestEngine {
  /** Environment for child processes (DOCKER_HOST and the rest of process.env). */
  env: Record<string, string | undefined>;
  /** host:port of the test registry. */
  registry: string;
  /** Base image every fixture builds FROM (in the test registry). */
  baseImage: string;
}

export function testEngine(): TestEngine {
  const registry = process.env.LAYERCACHE_TEST_REGISTRY;
  const baseImage = process.env.LAYERCACHE_TEST_BASE_IMAGE;
  if (!registry || !baseImage) throw new Error('LAYERCACHE_TEST_REGISTRY / LAYERCACHE_TEST_BASE_IMAGE unset: start the engine (scripts/engine/start.sh)');
  return { env: { ...process.env }, registry, baseImage };
}

export async function docker(args: string[], env = process.env): Promise<string> {
  const { stdout } = await run('docker', args, { env, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Clears the builder's cache and every image, like a new CI runner. */
export async function resetBuilder(): Promise<void> {
  await docker(['buildx', 'prune', '--all', '--force']);
  const ids = (await docker(['image', 'ls', '--quiet'])).split('\n').filter(Boolean);
  if (ids.length > 0) await docker(['image', 'rm', '--force', ...new Set(ids)]).catch(() => undefined);
  await docker(['buildx', 'prune', '--all', '--force']);
}

/** A unique registry repository for one test, so tests never share cache refs. */
export function uniqueRepo(engine: TestEngine, name: string): string {
  return `${engine.registry}/test/${name}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Copies a fixture folder to a temp dir, so tests can edit sources without touching the repo. */
export async function copyFixture(fixtureDir: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-fixture-'));
  await cp(fixtureDir, dir, { recursive: true });
  return dir;
}

/** Writes files (path -> content) under dir. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
}

/**
 * Steps a cold build unexpectedly served from a cache. Docker 26's BuildKit can report a WORKDIR
 * over a base image it has seen as CACHED even on an emptied builder (containerd keeps the
 * snapshot), so cold-build checks leave WORKDIR out; every other cached step is a real hit.
 */
export function cachedBeyondWorkdir(report: { steps: Array<{ name: string; cached: boolean }> }): string[] {
  return report.steps.filter((s) => s.cached && !/^\[[^\]]*\]\s+WORKDIR\b/.test(s.name)).map((s) => s.name);
}
