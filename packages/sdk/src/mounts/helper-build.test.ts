import { expect, test } from 'vitest';
import type { CacheMount } from './discover.js';
import { helperBuildArgs, mountFlag, restoreDockerfile, saveDockerfile, unsupportedReason } from './helper-build.js';

const npm: CacheMount = {
  id: '/root/.npm',
  target: '/root/.npm',
  sharing: 'locked',
  uid: '1000',
  mode: '0755',
  stage: 'deps',
  line: 3,
  image: 'node:20',
};

test('the helper mounts the same cache: id, sharing, mode and owner; values that need it are quoted', () => {
  expect(mountFlag(npm, '/lc-mount')).toBe(
    '--mount=type=cache,id=/root/.npm,target=/lc-mount,sharing=locked,mode=0755,uid=1000'
  );
  expect(mountFlag({ ...npm, id: 'a,b "c"', mode: undefined, uid: undefined }, '/m')).toBe(
    '--mount=type=cache,"id=a,b ""c""",target=/m,sharing=locked'
  );
});

test('restore untars into an empty mount only; save tars it out; both from the stage image, never cached', () => {
  const restore = restoreDockerfile(npm, 'node:20');
  expect(restore).toMatch(/^FROM node:20 AS restore\nARG LAYERCACHE_NONCE\nRUN --mount=type=cache,id=\/root\/.npm,/);
  expect(restore).toContain('--mount=type=bind,from=layercache-mount-archive,target=/lc-in');
  expect(restore).toContain('if [ -n "$(ls -A /lc-mount)" ]; then echo warm');
  expect(restore).toContain('tar -xpf /lc-in/mount.tar -C /lc-mount');
  expect(restore).not.toMatch(/# syntax/);
  const save = saveDockerfile(npm, 'node:20');
  expect(save).toContain('tar -cf /lc-out/mount.tar -C /lc-mount .');
  expect(save).toContain('"$LAYERCACHE_NONCE"');
});

test('helper argv: no network, a nonce, the archive as a named context, a local output', () => {
  expect(
    helperBuildArgs({
      dockerPath: 'docker',
      builder: 'ci',
      dockerfile: '/w/r.Dockerfile',
      context: '/w/empty',
      archiveDir: '/w/in',
      outputDir: '/w/out',
      nonce: 'n1',
    })
  ).toEqual([
    'buildx',
    'build',
    '--builder',
    'ci',
    '--progress=plain',
    '--network=none',
    '--file',
    '/w/r.Dockerfile',
    '--build-arg',
    'LAYERCACHE_NONCE=n1',
    '--build-context',
    'layercache-mount-archive=/w/in',
    '--output',
    'type=local,dest=/w/out',
    '/w/empty',
  ]);
});

test('mounts a helper cannot carry say why', () => {
  expect(unsupportedReason(npm)).toBeUndefined();
  expect(unsupportedReason({ ...npm, from: 'deps' })).toMatch(/from=/);
  expect(unsupportedReason({ ...npm, image: undefined })).toMatch(/base image is not known/);
  expect(unsupportedReason({ ...npm, image: 'scratch' })).toMatch(/scratch/);
});
