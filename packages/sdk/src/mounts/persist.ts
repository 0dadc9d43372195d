// Restores a build's cache mounts into the builder before the build, and saves the ones that
// changed after a successful build, through the store beside the layer cache. Every failure is a
// warning (the build goes on with a cold mount); only the helper builds and the store do I/O.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';
import { backends } from '../backends/index.js';
import type { ConcreteBackend } from '../backends/types.js';
import type { CredentialSource } from '../credentials/source.js';
import type { ResolvedKeys } from '../keys/resolve.js';
import { mayHaveMounts, parseDockerfileLazily } from '../dockerfile/parse-lazily.js';
import type { BuildOptions } from '../options/schema.js';
import type { ProcessRunner } from '../exec/process.js';
import { tailLines } from '../exec/process.js';
import { inspectArchive } from './archive.js';
import { discoverCacheMounts, type CacheMount } from './discover.js';
import {
  ARCHIVE_FILE,
  helperBuildArgs,
  restoreDockerfile,
  saveDockerfile,
  STATUS_FILE,
  unsupportedReason,
} from './helper-build.js';
import { mountLocations } from './locations.js';
import type { MountStore } from './store.js';
import type { MountReport } from './types.js';

const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

export interface MountsInput {
  options: BuildOptions;
  backend: ConcreteBackend;
  keys: ResolvedKeys;
  /** The layer cache is written by this build (plan.writes): mounts follow the same policy. */
  cacheWritten: boolean;
  dockerfileText: string;
  cwd: string;
  /** A private directory of this run for helper Dockerfiles and archives. */
  workDir: string;
  runId: string;
  run: ProcessRunner;
  env: Record<string, string | undefined> | undefined;
  signal?: AbortSignal;
  credentials?: CredentialSource;
  /** buildx's version: named build contexts (the restore's archive) need 0.8. */
  buildxVersion?: string;
  /** Store seam for tests; default: the one for the backend's location. */
  store?: MountStore;
}

export interface MountsSession {
  /** Per-mount report so far. */
  reports: MountReport[];
  warnings: string[];
  notes: string[];
  /** After a successful build: saves the mounts that changed. */
  save(): Promise<void>;
}

export async function restoreMounts(input: MountsInput): Promise<MountsSession> {
  const session: MountsSession = { reports: [], warnings: [], notes: [], save: async () => undefined };
  const setting = input.options.cache.mounts;
  if (setting === 'off' || !mayHaveMounts(input.dockerfileText)) return session;
  const discovery = discoverCacheMounts(await parseDockerfileLazily(input.dockerfileText), {
    target: input.options.target,
    buildArgs: input.options.buildArgs,
  });
  const wanted = discovery.mounts.filter((m) => setting === 'auto' || setting.includes(m.id));
  for (const s of discovery.skipped)
    session.notes.push(`cache mount ${s.mount} (line ${s.line}) is not kept: ${s.reason}`);
  if (wanted.length === 0) return session;
  const explicit = setting !== 'auto';
  const backend = backends[input.backend];
  const locations = mountLocations(input.options, backend, input.keys, input.cwd, input.cacheWritten);
  const unsupported = !buildxSupports(input.buildxVersion);
  if (!locations || unsupported) {
    const why = unsupported
      ? `buildx ${input.buildxVersion} has no named build contexts (0.8 or later has)`
      : `the ${input.backend} backend has no place to keep them`;
    (explicit ? session.warnings : session.notes).push(
      `cache mounts ${wanted.map((m) => m.id).join(', ')} are not kept: ${why}`,
    );
    return session;
  }
  const credentials = input.credentials ?? input.options.registryAuth;
  const store =
    input.store ??
    backend.mounts!.store(input.options, { runId: input.runId, credentials, timeoutMs: timeoutOf(input.options) });
  const restored = new Map<string, string>(); // id -> content digest of what the mount got
  for (const mount of wanted) {
    const report: MountReport = {
      id: mount.id,
      target: mount.target,
      stage: mount.stage,
      line: mount.line,
      restore: { status: 'missing' },
    };
    session.reports.push(report);
    const reason = unsupportedReason(mount);
    if (reason) {
      report.restore = { status: 'skipped', message: reason };
      if (explicit) session.warnings.push(`cache mount ${mount.id} is not kept: ${reason}`);
      continue;
    }
    const started = Date.now();
    try {
      const found = await firstArchive(store, locations.reads, mount.id);
      if (!found) continue;
      const tar = await gunzip(found.data);
      const status = await runRestore(input, mount, tar);
      restored.set(mount.id, inspectArchive(tar).digest);
      report.restore = {
        status,
        bytes: found.data.length,
        contentBytes: tar.length,
        ms: Date.now() - started,
        from: found.location,
      };
    } catch (error) {
      const message = (error as Error).message;
      report.restore = { status: 'failed', ms: Date.now() - started, message };
      session.warnings.push(`cache mount ${mount.id} was not restored (${message}); the build runs with it cold`);
    }
  }
  session.save = async () => {
    for (const report of session.reports) {
      const mount = wanted.find((m) => m.id === report.id)!;
      if (report.restore.status === 'skipped') continue;
      if (!locations.write) {
        report.save = { status: 'not-written', message: 'this build does not write the cache (the write policy)' };
        continue;
      }
      report.save = await saveOne(input, store, mount, locations.write, restored.get(mount.id));
      if (report.save.status === 'failed' || report.save.status === 'too-large')
        session.warnings.push(`cache mount ${mount.id} was not saved (${report.save.message})`);
    }
  };
  return session;
}

async function firstArchive(
  store: MountStore,
  reads: string[],
  id: string,
): Promise<{ data: Buffer; location: string } | undefined> {
  let lastError: Error | undefined;
  for (const location of reads) {
    const data = await store.read(location, id).catch((e: Error) => {
      lastError = e;
      return undefined;
    });
    if (data) return { data, location };
  }
  if (lastError) throw lastError;
  return undefined;
}

async function saveOne(
  input: MountsInput,
  store: MountStore,
  mount: CacheMount,
  location: string,
  restoredDigest: string | undefined,
): Promise<NonNullable<MountReport['save']>> {
  const started = Date.now();
  try {
    const tar = await runSave(input, mount);
    const facts = inspectArchive(tar);
    const base = { contentBytes: tar.length, to: location };
    if (facts.entries === 0)
      return {
        status: 'empty',
        ...base,
        ms: Date.now() - started,
        message: 'the mount is empty: the stored archive stays',
      };
    if (facts.digest === restoredDigest) return { status: 'unchanged', ...base, ms: Date.now() - started };
    const cap = input.options.cache.mountsMaxSizeMb * 1024 * 1024;
    if (tar.length > cap) {
      return {
        status: 'too-large',
        ...base,
        ms: Date.now() - started,
        message: `its archive is ${mb(tar.length)} MB, over cache.mountsMaxSizeMb (${
          input.options.cache.mountsMaxSizeMb
        })`,
      };
    }
    const data = await gzip(tar);
    await store.write(location, [{ id: mount.id, data, digest: facts.digest }]);
    return { status: 'saved', bytes: data.length, ...base, ms: Date.now() - started };
  } catch (error) {
    return { status: 'failed', to: location, ms: Date.now() - started, message: (error as Error).message };
  }
}

async function runRestore(input: MountsInput, mount: CacheMount, tar: Buffer): Promise<'restored' | 'warm'> {
  const dir = await helperDir(input, 'restore');
  try {
    await mkdir(path.join(dir, 'in'));
    await writeFile(path.join(dir, 'in', ARCHIVE_FILE), tar);
    await helperBuild(input, dir, restoreDockerfile(mount, mount.image!), true);
    const status = (await readFile(path.join(dir, 'out', STATUS_FILE), 'utf8')).trim();
    return status === 'warm' ? 'warm' : 'restored';
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function runSave(input: MountsInput, mount: CacheMount): Promise<Buffer> {
  const dir = await helperDir(input, 'save');
  try {
    await helperBuild(input, dir, saveDockerfile(mount, mount.image!), false);
    return await readFile(path.join(dir, 'out', ARCHIVE_FILE));
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function helperDir(input: MountsInput, kind: string): Promise<string> {
  const dir = path.join(input.workDir, `mount-${kind}-${randomBytes(4).toString('hex')}`);
  await mkdir(path.join(dir, 'context'), { recursive: true });
  return dir;
}

async function helperBuild(input: MountsInput, dir: string, dockerfile: string, withArchive: boolean): Promise<void> {
  await writeFile(path.join(dir, 'Dockerfile'), dockerfile);
  const args = helperBuildArgs({
    dockerPath: input.options.dockerPath,
    builder: input.options.builder,
    dockerfile: path.join(dir, 'Dockerfile'),
    context: path.join(dir, 'context'),
    archiveDir: withArchive ? path.join(dir, 'in') : undefined,
    outputDir: path.join(dir, 'out'),
    nonce: `${input.runId}-${randomBytes(6).toString('hex')}`,
  });
  const result = await input.run(input.options.dockerPath, args, {
    cwd: input.cwd,
    env: input.env,
    signal: input.signal,
  });
  if (result.exitCode !== 0) {
    const line =
      result.stderrTail
        .split('\n')
        .reverse()
        .find((l) => /error/i.test(l))
        ?.trim() ?? tailLines(result.stderrTail, 1);
    throw new Error(`helper build failed: ${line} (it needs sh and tar in the stage's base image)`);
  }
}

/** An archive transfer may take as long as the cache's own timeout (none: an hour). */
function timeoutOf(options: BuildOptions): number {
  return options.cache.timeout > 0 ? options.cache.timeout * 1000 : 3600_000;
}

/** Named build contexts came with buildx 0.8; an unparsable version is taken as recent. */
export function buildxSupports(version: string | undefined): boolean {
  const m = /(\d+)\.(\d+)/.exec(version ?? '');
  if (!m) return true;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 0 || minor >= 8;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
