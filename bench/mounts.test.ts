import { describe, expect, test } from 'vitest';
import { dependencies, mountCommands, MOUNTS_DOCKERFILE, PACKAGES, renderMounts, type MountSample } from './mounts.js';
import type { BuildContext } from './strategies.js';

const ctx: BuildContext = {
  contextDir: '/tmp/ctx',
  registry: '127.0.0.1:4000',
  namespace: 'mounts-x-r1',
  localCacheRoot: '/tmp/local',
  buildArgs: { RUNTIME: 'r' },
  cli: ['node', 'layercache.js'],
  reportFile: '/tmp/report.json',
};

describe('mountCommands', () => {
  test('the layercache strategies differ only in --cache-mounts; vendor is the docs recipe', () => {
    const on = mountCommands('mounts', ctx)[0]!.argv;
    const off = mountCommands('no-mounts', ctx)[0]!.argv;
    expect(on.slice(-2)).toEqual(['--cache-mounts', 'auto']);
    expect(off.slice(-2)).toEqual(['--cache-mounts', 'off']);
    expect(on.slice(0, -2)).toEqual(off.slice(0, -2));
    expect(on).toContain('--backend');
    expect(mountCommands('vendor', ctx).map((c) => c.argv[1])).toEqual(['pull', 'build', 'push']);
  });

  test('the fixture mounts a package cache, and the dependency change adds one package', () => {
    expect(MOUNTS_DOCKERFILE).toContain('RUN --mount=type=cache,id=pkgs,target=/root/.cache/pkgs');
    expect(dependencies().trim().split('\n')).toHaveLength(PACKAGES);
    expect(dependencies('x').trim().split('\n')).toHaveLength(PACKAGES + 1);
  });
});

test('renderMounts: one row per strategy, medians, a dash where a strategy has no mount', () => {
  const sample = (strategy: MountSample['strategy'], run: number, changedMs: number, mount?: boolean): MountSample => ({
    strategy,
    run,
    coldMs: 10_000,
    changedMs,
    runStepMs: changedMs / 2,
    pulledBytes: 1048576,
    pushedBytes: 2 * 1048576,
    ...(mount
      ? {
          restore: { status: 'restored', bytes: 3 * 1048576, ms: 1500 },
          save: { status: 'saved', bytes: 3 * 1048576, ms: 2500 },
        }
      : {}),
  });
  const md = renderMounts({
    packages: 30,
    packageKb: 1024,
    latencyS: 0.3,
    samples: [sample('mounts', 1, 4000, true), sample('mounts', 2, 6000, true), sample('vendor', 1, 12_000)],
  });
  expect(md).toContain('(2 runs, median)');
  expect(md).toContain(
    '| layercache registry, --cache-mounts auto | 10.0 s | 5.0 s | 2.5 s | 3.0 MB in 1.5 s | 3.0 MB in 2.5 s ' +
      '| 1.0 MB | 2.0 MB |'
  );
  expect(md).toContain('| vendor recipe (pull + inline) | 10.0 s | 12.0 s | 6.0 s | — | — |');
  expect(md).not.toContain('--cache-mounts off');
  expect(renderMounts(undefined)).toBe('');
});
