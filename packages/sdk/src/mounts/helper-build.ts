// options + mount -> the helper builds that move a cache mount's contents in and out of the
// builder. Pure: Dockerfile text and argv arrays. Each helper RUN mounts the same cache (same id,
// sharing, mode/uid/gid) as the user's RUN, so BuildKit hands it the same directory:
//   restore: untars the archive (a named build context) into the mount, only when the mount is
//            empty (a persistent builder's warm mount is newer than any archive), and exports a
//            status file;
//   save:    tars the mount and exports the tar with --output type=local.
// The helper image is the stage's own base image (it needs sh and tar). A nonce build arg keeps
// BuildKit from answering either RUN from its cache.
import type { CacheMount } from './discover.js';

export const ARCHIVE_CONTEXT = 'layercache-mount-archive';
export const ARCHIVE_FILE = 'mount.tar';
export const STATUS_FILE = 'status';

/** One `--mount` flag, CSV-quoted where a value needs it. */
export function mountFlag(mount: CacheMount, target: string): string {
  const fields: Array<[string, string | undefined]> = [
    ['type', 'cache'],
    ['id', mount.id],
    ['target', target],
    ['sharing', mount.sharing],
    ['mode', mount.mode],
    ['uid', mount.uid],
    ['gid', mount.gid],
  ];
  return `--mount=${fields
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => csv(`${k}=${v}`))
    .join(',')}`;
}

function csv(field: string): string {
  return /[",\s]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Dockerfile of the restore helper. */
export function restoreDockerfile(mount: CacheMount, image: string): string {
  const script = [
    'mkdir -p /lc-out',
    `if [ -n "$(ls -A /lc-mount)" ]; then echo warm > /lc-out/${STATUS_FILE}; ` +
      `else tar -xpf /lc-in/${ARCHIVE_FILE} -C /lc-mount && echo restored > /lc-out/${STATUS_FILE}; fi`,
    ': "$LAYERCACHE_NONCE"',
  ].join(' && ');
  return [
    `FROM ${image} AS restore`,
    'ARG LAYERCACHE_NONCE',
    `RUN ${mountFlag(mount, '/lc-mount')} --mount=type=bind,from=${ARCHIVE_CONTEXT},target=/lc-in ${script}`,
    'FROM scratch',
    'COPY --from=restore /lc-out/ /',
    '',
  ].join('\n');
}

/** Dockerfile of the save helper. */
export function saveDockerfile(mount: CacheMount, image: string): string {
  const script = `mkdir -p /lc-out && tar -cf /lc-out/${ARCHIVE_FILE} -C /lc-mount . && : "$LAYERCACHE_NONCE"`;
  return [
    `FROM ${image} AS save`,
    'ARG LAYERCACHE_NONCE',
    `RUN ${mountFlag(mount, '/lc-mount')} ${script}`,
    'FROM scratch',
    `COPY --from=save /lc-out/ /`,
    '',
  ].join('\n');
}

export interface HelperBuildInput {
  dockerPath: string;
  builder?: string;
  dockerfile: string;
  /** An empty directory: the helper needs no build context. */
  context: string;
  /** Directory holding the archive (restore only). */
  archiveDir?: string;
  outputDir: string;
  nonce: string;
}

export function helperBuildArgs(input: HelperBuildInput): string[] {
  const args = ['buildx', 'build'];
  if (input.builder) args.push('--builder', input.builder);
  args.push('--progress=plain', '--network=none', '--file', input.dockerfile);
  args.push('--build-arg', `LAYERCACHE_NONCE=${input.nonce}`);
  if (input.archiveDir) args.push('--build-context', `${ARCHIVE_CONTEXT}=${input.archiveDir}`);
  args.push('--output', `type=local,dest=${input.outputDir}`, input.context);
  return args;
}

/** Why a discovered mount cannot be carried, or undefined when it can. */
export function unsupportedReason(mount: CacheMount): string | undefined {
  if (mount.from !== undefined)
    return `it is seeded from ${mount.from} (from=), and BuildKit keys such a cache on that content, which a helper build cannot name`;
  if (mount.image === undefined) return "its stage's base image is not known (a build arg without a value)";
  if (mount.image === 'scratch') return 'its stage starts FROM scratch, which has no sh and tar for the helper build';
  return undefined;
}
