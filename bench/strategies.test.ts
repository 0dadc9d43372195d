import { describe, expect, test } from 'vitest';
import { commandsFor, type BuildContext } from './strategies.js';
import { splitDescriptors, parseRef } from './cache-at-rest.js';
import { changeLine } from './fixture.js';

const ctx: BuildContext = {
  contextDir: '/tmp/ctx', registry: '127.0.0.1:4000', namespace: 'auto-x-r1', localCacheRoot: '/tmp/local',
  buildArgs: { TOOLCHAIN: 't', RUNTIME: 'r' }, cli: ['node', 'layercache.js'], reportFile: '/tmp/report.json',
};

describe('commandsFor', () => {
  test('vendor is the docs recipe: pull (may fail), build --cache-from with inline cache, push', () => {
    const [pull, build, push] = commandsFor('vendor', ctx);
    expect(pull).toEqual({ argv: ['docker', 'pull', '--quiet', '127.0.0.1:4000/bench/auto-x-r1:latest'], mayFail: true });
    expect(build!.argv.join(' ')).toBe(
      'docker build --network none --cache-from 127.0.0.1:4000/bench/auto-x-r1:latest --build-arg BUILDKIT_INLINE_CACHE=1 --build-arg TOOLCHAIN=t --build-arg RUNTIME=r --tag 127.0.0.1:4000/bench/auto-x-r1:latest /tmp/ctx',
    );
    expect(push).toEqual({ argv: ['docker', 'push', '--quiet', '127.0.0.1:4000/bench/auto-x-r1:latest'] });
  });

  test.each([
    ['inline', ['--backend', 'inline', '--cache-ref', '127.0.0.1:4000/bench/auto-x-r1']],
    ['registry', ['--backend', 'registry', '--cache-ref', '127.0.0.1:4000/bench/auto-x-r1-cache']],
    ['local', ['--backend', 'local', '--cache-dir', '/tmp/local/auto-x-r1']],
    ['auto', ['--cache-ref', '127.0.0.1:4000/bench/auto-x-r1-cache']],
  ] as const)('%s runs one layercache build that pushes, with its own cache flags', (strategy, cacheFlags) => {
    const commands = commandsFor(strategy, ctx);
    expect(commands).toHaveLength(1);
    const argv = commands[0]!.argv;
    expect(argv.slice(0, 4)).toEqual(['node', 'layercache.js', 'build', '/tmp/ctx']);
    expect(argv.join(' ')).toContain(cacheFlags.join(' '));
    expect(argv.join(' ')).toContain('--network none --push --tag 127.0.0.1:4000/bench/auto-x-r1:latest');
    expect(argv.slice(-4)).toEqual(['--branch', 'main', '--report-json', '/tmp/report.json']);
    expect(argv.includes('--backend')).toBe(strategy !== 'auto');
  });
});

describe('cache at rest', () => {
  test('an index splits into child manifests and cache blobs; a manifest into layers and config', () => {
    const index = {
      manifests: [
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:m', size: 500 },
        { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: 'sha256:l', size: 1000 },
      ],
    };
    expect(splitDescriptors(index)).toEqual({ children: [index.manifests[0]], blobs: [index.manifests[1]] });
    const manifest = { config: { digest: 'sha256:c', size: 10 }, layers: [{ digest: 'sha256:a', size: 20 }] };
    expect(splitDescriptors(manifest)).toEqual({ children: [], blobs: [manifest.layers[0], manifest.config] });
  });

  test.each([
    ['127.0.0.1:5065/bench/x-cache:main', { repository: 'bench/x-cache', tag: 'main' }],
    ['localhost:80/a:b', { repository: 'a', tag: 'b' }],
  ])('parseRef(%s)', (ref, expected) => {
    expect(parseRef(ref)).toEqual(expected);
  });
});

test('a change line adds a distinct C function per label', () => {
  expect(changeLine('source', 'ab-1')).toBe('\nint bench_source_ab_1(void) { return 4; }\n');
  expect(changeLine('dependency', 'x')).not.toBe(changeLine('dependency', 'y'));
});
