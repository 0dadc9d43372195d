// daemonInfo against real stand-in daemons (HTTP on a unix socket and on TCP; no mocks), and
// preflight's choice between the API and `docker info` (a recording fake runner: no engine here).
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { preflight } from '../preflight/preflight.js';
import type { ProcessRunner } from '../exec/process.js';
import { apiTarget, daemonInfo, type DaemonInfo } from './daemon-info.js';
import { resolveEndpoint } from './endpoint.js';

const INFO: DaemonInfo = { ServerVersion: '26.1.5', DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']] };
let answer: { status: number; body: string } = { status: 200, body: JSON.stringify(INFO) };
const servers: http.Server[] = [];
let socket = '';
let port = 0;
const paths: string[] = [];

beforeAll(async () => {
  const handler: http.RequestListener = (req, res) => {
    paths.push(req.url!);
    res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body);
  };
  socket = path.join(mkdtempSync(path.join(os.tmpdir(), 'lc-daemon-')), 'docker.sock');
  const onSocket = http.createServer(handler);
  const onTcp = http.createServer(handler);
  servers.push(onSocket, onTcp);
  await new Promise<void>((r) => onSocket.listen(socket, r));
  await new Promise<void>((r) => onTcp.listen(0, '127.0.0.1', r));
  port = (onTcp.address() as AddressInfo).port;
});
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

const endpoint = (host: string, extra: Record<string, string> = {}) =>
  resolveEndpoint({ env: { DOCKER_HOST: host, HOME: os.tmpdir(), ...extra } });
const signal = () => AbortSignal.timeout(5_000);

describe('daemonInfo', () => {
  test('asks GET /info on a unix socket and on a TCP port', async () => {
    answer = { status: 200, body: JSON.stringify(INFO) };
    paths.length = 0;
    expect(await daemonInfo(endpoint(`unix://${socket}`), signal())).toEqual(INFO);
    expect(await daemonInfo(endpoint(`tcp://127.0.0.1:${port}`), signal())).toEqual(INFO);
    expect(paths).toEqual(['/info', '/info']);
  });

  test('undefined (run docker info) for an error status, a body that is not JSON, or no daemon', async () => {
    answer = { status: 500, body: '{"message":"boom"}' };
    expect(await daemonInfo(endpoint(`unix://${socket}`), signal())).toBeUndefined();
    answer = { status: 200, body: 'not json' };
    expect(await daemonInfo(endpoint(`unix://${socket}`), signal())).toBeUndefined();
    expect(await daemonInfo(endpoint(`unix://${socket}.absent`), signal())).toBeUndefined();
  });

  test('only endpoints it can dial as docker does', () => {
    expect(apiTarget(endpoint('ssh://me@host'))).toBeUndefined();
    expect(apiTarget(endpoint('tcp://127.0.0.1'))).toBeUndefined(); // docker picks the default port
    expect(
      apiTarget(endpoint('tcp://127.0.0.1:2376', { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/nonexistent' })),
    ).toBeUndefined();
    expect(apiTarget(endpoint('tcp://[::1]:2375'))).toMatchObject({ host: '::1', port: 2375, tls: false });
  });

  test('the caller time limit rejects', async () => {
    await expect(daemonInfo(endpoint(`unix://${socket}`), AbortSignal.abort())).rejects.toThrow();
  });
});

describe('preflight: the API first, docker info when it cannot answer', () => {
  const calls: string[] = [];
  const run: ProcessRunner = async (_cmd, args) => {
    calls.push(args.join(' '));
    if (args[0] === 'info')
      return { exitCode: 0, stdout: JSON.stringify({ ServerVersion: '25.0.0', DriverStatus: [] }), stderrTail: '' };
    if (args.includes('version'))
      return { exitCode: 0, stdout: 'github.com/docker/buildx v0.13.1 abc\n', stderrTail: '' };
    return {
      exitCode: 0,
      stdout: 'Name: default\nDriver: docker\n\nNodes:\nName: default\nBuildKit: v0.13.2\n',
      stderrTail: '',
    };
  };
  const base = { env: {}, endpoint: endpoint(`unix://${socket}`), dockerPath: 'docker', run };

  test('the API answers: no docker info process', async () => {
    calls.length = 0;
    const report = await preflight({ ...base, daemonInfo: async () => INFO });
    expect([report.engineVersion, report.containerdStore]).toEqual(['26.1.5', true]);
    expect(calls.some((c) => c.startsWith('info'))).toBe(false);
  });

  test('no answer, or a fake runner (the default): docker info', async () => {
    calls.length = 0;
    expect((await preflight({ ...base, daemonInfo: async () => undefined })).engineVersion).toBe('25.0.0');
    expect((await preflight(base)).engineVersion).toBe('25.0.0');
    expect(calls.filter((c) => c.startsWith('info'))).toHaveLength(2);
  });
});
