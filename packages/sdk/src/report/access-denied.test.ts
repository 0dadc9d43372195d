import { describe, expect, test } from 'vitest';
import { deniedStatus, describeDenied } from './access-denied.js';
import { buildReport } from './build-report.js';
import type { VertexState } from './progress.js';

// Error texts as BuildKit (Moby 26) printed them against a registry answering 401/403
// (test/reliability/registry-faults.test.itg.ts), plus other registries' wording.
const REF = '127.0.0.1:5000/app/cache:main';

describe('access refusals name the ref and the missing permission', () => {
  test.each([
    [
      'failed to configure registry cache importer: unexpected status from HEAD request to http://r/v2/app/cache/manifests/main: 401 Unauthorized',
      '401 Unauthorized',
    ],
    [
      'error writing layer blob: unexpected status from HEAD request to http://r/v2/app/cache/blobs/sha256:11: 403 Forbidden',
      '403 Forbidden',
    ],
    ['failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized', '401 Unauthorized'],
    ['denied: requested access to the resource is denied', '403 Forbidden'],
    ['insufficient_scope: authorization failed', '403 Forbidden'],
    ['dial tcp 127.0.0.1:9: connect: connection refused', undefined],
    ['failed to do request: Head "http://r/v2/": EOF', undefined],
  ])('%s -> %s', (error, status) => {
    expect(deniedStatus(error)).toBe(status);
  });

  test.each([
    ['401 Unauthorized', 'pull', /login with pull \(read\) permission on 127\.0\.0\.1:5000\/app\/cache:main/],
    ['403 Forbidden', 'pull', /lacks pull \(read\) permission on 127\.0\.0\.1:5000\/app\/cache:main/],
    ['401 Unauthorized', 'push', /login with push \(write\) permission on 127\.0\.0\.1:5000\/app\/cache:main/],
    ['403 Forbidden', 'push', /lacks push \(write\) permission on 127\.0\.0\.1:5000\/app\/cache:main.*fix:/],
  ] as const)('%s on %s', (status, access, expected) => {
    expect(describeDenied(`unexpected status: ${status}`, REF, access)).toMatch(expected);
  });

  test('other errors are left as they are', () => {
    expect(describeDenied('connection refused', REF, 'push')).toBeUndefined();
  });

  test('the report warnings of a denied import and export say pull and push on the ref', () => {
    const vertex = (name: string, error: string): VertexState => ({
      digest: name,
      name,
      index: 1,
      inputs: [],
      cached: false,
      error,
    });
    const report = buildReport(
      [
        vertex(
          `importing cache manifest from ${REF}`,
          'unexpected status from HEAD request to http://x: 403 Forbidden'
        ),
        vertex('exporting cache to registry', 'error writing layer blob: 401 Unauthorized'),
      ],
      {
        backend: 'registry',
        cacheFrom: [`type=registry,ref=${REF}`],
        cacheTo: [`type=registry,ref=${REF}`],
        reads: [REF],
        writes: REF,
      }
    );
    expect(report.imports[0]!.status).toBe('failed');
    expect(report.warnings[0]).toMatch(
      new RegExp(
        `^cache import from ${REF.replace(/\./g, '\\.')} failed: the registry login lacks pull \\(read\\) permission`
      )
    );
    expect(report.warnings[1]).toMatch(
      /^cache export failed \(exporting cache to registry: 127\.0\.0\.1:5000\/app\/cache:main\): the registry requires a login with push \(write\) permission/
    );
    expect(report.exportStatus).toBe('failed');
  });

  test('a local directory that is not writable is not called a registry refusal', () => {
    const vertex: VertexState = {
      digest: 'e',
      name: 'exporting cache to client directory',
      index: 1,
      inputs: [],
      cached: false,
      error: 'open /c/index.json: permission denied',
    };
    const report = buildReport([vertex], {
      backend: 'local',
      cacheFrom: [],
      cacheTo: ['type=local,dest=/c'],
      reads: [],
      writes: '/c',
    });
    expect(report.warnings).toEqual([
      'cache export failed (exporting cache to client directory: /c): open /c/index.json: permission denied',
    ]);
  });
});
