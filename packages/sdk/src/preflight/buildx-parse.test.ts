// The buildx parsers and the capabilities they lead to, over real captured output. Where each fixture
// comes from is in packages/sdk/test/fixtures/buildx/SOURCES.md (named again in each row's last column).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chooseBackend } from '../backends/index.js';
import { parseOptions } from '../options/parse.js';
import { defaultFacts } from '../plan/facts.js';
import { parseBuildxInspect, parseBuildxVersion } from './buildx-parse.js';
import { buildkitVersionSource, cacheCapabilities } from './capabilities.js';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/buildx/${name}`, import.meta.url), 'utf8');

describe('parseBuildxVersion', () => {
  test.each([
    ['version-docker26.txt', '0.13.1', 'captured here, Debian trixie'],
    ['version-docker28.txt', '0.29.1', 'captured here, Debian forky'],
  ])('%s -> %s (%s)', (file, expected) => {
    expect(parseBuildxVersion(fixture(file))).toBe(expected);
  });
  // docker/actions-toolkit __tests__/buildx/buildx.test.ts, its parseVersion table (real buildx output).
  test.each([
    ['github.com/docker/buildx 0.4.1+azure bda4882a65349ca359216b135896bddc1d92461c', '0.4.1'],
    ['github.com/docker/buildx v0.4.2 fb7b670b764764dc4716df3eba07ffdae4cc47b2', '0.4.2'],
    ['github.com/docker/buildx f117971 f11797113e5a9b86bd976329c5dbb8a8bfdfadfa', 'f117971'],
  ])('%s -> %s (actions-toolkit test table)', (stdout, expected) => {
    expect(parseBuildxVersion(stdout)).toBe(expected);
  });
  test('output without a version is an error naming it', () => {
    expect(() => parseBuildxVersion('docker: unknown command: docker buildx')).toThrow(
      /cannot parse the buildx version/
    );
  });
});

interface InspectCase {
  file: string;
  name: string;
  driver: string;
  nodes: number;
  node: { endpoint: string; status: string; buildkit?: string; platforms: string[] };
  cacheExport?: boolean;
  source: string;
}

const inspectCases: InspectCase[] = [
  {
    file: 'inspect-docker26.txt',
    name: 'default',
    driver: 'docker',
    nodes: 1,
    node: {
      endpoint: 'default',
      status: 'running',
      buildkit: 'v0.0.0+unknown',
      platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3'],
    },
    source: 'captured here',
  },
  {
    file: 'inspect-docker26-debug.txt',
    name: 'default',
    driver: 'docker',
    nodes: 1,
    node: {
      endpoint: 'default',
      status: 'running',
      buildkit: 'v0.0.0+unknown',
      platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3'],
    },
    cacheExport: true,
    source: 'captured here',
  },
  {
    file: 'inspect-docker28-debug.txt',
    name: 'default',
    driver: 'docker',
    nodes: 1,
    node: {
      endpoint: 'default',
      status: 'running',
      buildkit: 'v0.0.0+unknown',
      platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3'],
    },
    cacheExport: true,
    source: 'captured here',
  },
  {
    file: 'toolkit-inspect1.txt',
    name: 'builder-5cb467f7-0940-47e1-b94b-d51f54054d62',
    driver: 'docker-container',
    nodes: 1,
    node: {
      endpoint: 'unix:///var/run/docker.sock',
      status: 'running',
      buildkit: 'v0.10.4',
      platforms: [
        'linux/amd64',
        'linux/amd64/v2',
        'linux/amd64/v3',
        'linux/amd64/v4',
        'linux/arm64',
        'linux/riscv64',
        'linux/386',
        'linux/arm/v7',
        'linux/arm/v6',
      ],
    },
    source: 'docker/actions-toolkit fixture inspect1.txt',
  },
  {
    file: 'toolkit-inspect11.txt',
    name: 'builder',
    driver: 'docker-container',
    nodes: 1,
    node: {
      endpoint: 'unix:///var/run/docker.sock',
      status: 'running',
      buildkit: '37657a1',
      platforms: [
        'linux/amd64',
        'linux/amd64/v2',
        'linux/amd64/v3',
        'linux/arm64',
        'linux/riscv64',
        'linux/ppc64le',
        'linux/s390x',
        'linux/386',
        'linux/mips64le',
        'linux/mips64',
        'linux/arm/v7',
        'linux/arm/v6',
      ],
    },
    cacheExport: true,
    source: 'docker/actions-toolkit fixture inspect11.txt',
  },
  {
    file: 'toolkit-inspect5.txt',
    name: 'remote-builder',
    driver: 'remote',
    nodes: 1,
    node: {
      endpoint: 'tcp://1.23.45.67:1234',
      status: 'running',
      platforms: ['darwin/arm64', 'linux/arm64', 'linux/arm/v5', 'linux/arm/v6', 'linux/arm/v7', 'windows/arm64'],
    },
    source: 'docker/actions-toolkit fixture inspect5.txt',
  },
  {
    file: 'toolkit-inspect10.txt',
    name: 'remote-builder',
    driver: 'remote',
    nodes: 3,
    node: { endpoint: 'docker-container://buildx_buildkit_dk-remote-builder0', status: 'inactive', platforms: [] },
    source: 'docker/actions-toolkit fixture inspect10.txt',
  },
  {
    file: 'kubernetes-buildx-pr370.txt',
    name: 'buildkit',
    driver: 'kubernetes',
    nodes: 2,
    node: { endpoint: 'kubernetes://buildkit/buildkit-amd64', status: 'running', platforms: ['linux/amd64'] },
    source: 'docker/buildx pull request #370',
  },
  {
    file: 'docker-no-cache-export-buildx-pr1854.txt',
    name: 'docker2010',
    driver: 'docker',
    nodes: 1,
    node: {
      endpoint: 'docker2010',
      status: 'running',
      buildkit: 'v0.8.2+eeb7b65',
      platforms: [
        'linux/amd64',
        'linux/arm64',
        'linux/riscv64',
        'linux/ppc64le',
        'linux/s390x',
        'linux/386',
        'linux/arm/v7',
        'linux/arm/v6',
      ],
    },
    cacheExport: false,
    source: 'docker/buildx pull request #1854',
  },
];

describe('parseBuildxInspect', () => {
  test.each(inspectCases)('$file: $driver driver ($source)', (c) => {
    const info = parseBuildxInspect(fixture(c.file));
    expect(info.name).toBe(c.name);
    expect(info.driver).toBe(c.driver);
    expect(info.nodes).toHaveLength(c.nodes);
    const node = info.nodes[0]!;
    expect({
      endpoint: node.endpoint,
      status: node.status,
      buildkit: node.buildkit,
      platforms: node.platforms,
    }).toEqual(c.node);
    expect(node.features?.['Cache export']).toBe(c.cacheExport);
  });

  test('labels, driver options and later nodes are kept; GC policy and file lines do not leak into them', () => {
    const remote = parseBuildxInspect(fixture('toolkit-inspect10.txt'));
    expect(remote.nodes.map((n) => n.name)).toEqual(['remote-builder0', 'aws_graviton2', 'linuxone_s390x']);
    expect(remote.nodes[1]!.driverOpts).toEqual([
      'cacert=/home/user/.certs/aws_graviton2/ca.pem',
      'cert=/home/user/.certs/aws_graviton2/cert.pem',
      'key=/home/user/.certs/aws_graviton2/key.pem',
    ]);
    expect(remote.nodes[1]!.buildkit).toBe('v0.11.6');
    const container = parseBuildxInspect(fixture('toolkit-inspect11.txt')).nodes[0]!;
    expect(container.labels['org.mobyproject.buildkit.worker.executor']).toBe('oci');
    expect(Object.keys(container.features ?? {})).toEqual([
      'Cache export',
      'Docker exporter',
      'Multi-platform build',
      'OCI exporter',
    ]);
    expect(container.labels).not.toHaveProperty('All');
  });
});

describe('what each real builder can export', () => {
  // containerdStore is the engine's fact (docker info), not in inspect: the captured engines here have it on.
  test.each([
    ['inspect-docker26-debug.txt', true, '26.1.5', ['inline', 'registry', 'local', 'gha'], 'engine', 'probed'],
    ['inspect-docker28-debug.txt', true, '28.5.2', ['inline', 'registry', 'local', 'gha'], 'engine', 'probed'],
    ['inspect-docker26.txt', false, '26.1.5', ['inline'], 'engine', 'driver'],
    ['docker-no-cache-export-buildx-pr1854.txt', false, '20.10.17', ['inline'], 'reported', 'probed'],
    [
      'toolkit-inspect1.txt',
      false,
      undefined,
      ['inline', 'registry', 'local', 's3', 'gha', 'azblob'],
      'reported',
      'driver',
    ],
    [
      'toolkit-inspect11.txt',
      false,
      undefined,
      ['inline', 'registry', 'local', 's3', 'gha', 'azblob'],
      'unknown',
      'probed',
    ],
    [
      'toolkit-inspect5.txt',
      false,
      undefined,
      ['inline', 'registry', 'local', 's3', 'gha', 'azblob'],
      'unknown',
      'driver',
    ],
    [
      'kubernetes-buildx-pr370.txt',
      false,
      undefined,
      ['inline', 'registry', 'local', 's3', 'gha', 'azblob'],
      'unknown',
      'driver',
    ],
  ])(
    '%s (containerd store %s, engine %s) -> %j, BuildKit version %s, exporters %s',
    (file, containerdStore, engineVersion, exporters, bkSource, exSource) => {
      const node = parseBuildxInspect(fixture(file));
      const facts = {
        driver: node.driver!,
        containerdStore,
        engineVersion,
        buildkitVersion: node.nodes[0]?.buildkit,
        features: node.nodes[0]?.features,
      };
      const caps = cacheCapabilities(facts);
      expect(caps.exporters).toEqual(exporters);
      expect(caps.buildkitSource).toBe(bkSource);
      expect(buildkitVersionSource(facts)).toBe(bkSource);
      expect(caps.exportersSource).toBe(exSource);
    }
  );
});

describe('auto on each real builder, with a managed S3 cache and a registry ref configured', () => {
  const options = parseOptions({
    cache: {
      backend: 'auto',
      ref: 'reg.test/app/cache',
      harness: { bucket: 'b', accessKeyId: 'a', secretAccessKey: 'sssss' },
    },
  });
  test.each([
    ['kubernetes-buildx-pr370.txt', 's3', /s3/],
    ['toolkit-inspect5.txt', 's3', /s3/],
    ['toolkit-inspect1.txt', 's3', /s3/],
    ['inspect-docker28-debug.txt', 'registry', /cannot export s3 caches \(docker driver/],
    ['docker-no-cache-export-buildx-pr1854.txt', 'inline', /falling back to inline/],
  ])('%s -> %s', (file, backend, reason) => {
    const info = parseBuildxInspect(fixture(file));
    const caps = cacheCapabilities({
      driver: info.driver!,
      containerdStore: file.startsWith('inspect-'),
      features: info.nodes[0]?.features,
    });
    const choice = chooseBackend(
      options,
      defaultFacts({ exporters: new Set(caps.exporters), builderSummary: caps.summary })
    );
    expect(choice.backend.name).toBe(backend);
    expect(choice.reason).toMatch(reason);
  });
});
