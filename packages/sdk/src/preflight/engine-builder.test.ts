// When preflight may skip `buildx inspect`: buildx's own builder choice, from real files in a temp
// DOCKER_CONFIG; and preflight with a recording fake runner standing in for the docker CLI (no engine).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ProcessRunner } from '../exec/process.js';
import type { DaemonInfoSource } from '../engine/daemon-info.js';
import { resolveEndpoint } from '../engine/endpoint.js';
import { usesEngineBuilder } from './engine-builder.js';
import { preflight } from './preflight.js';

const HOST = 'unix:///run/test/docker.sock';

function configDir(current?: string): Record<string, string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-buildx-'));
  if (current !== undefined) {
    mkdirSync(path.join(dir, 'buildx'));
    writeFileSync(path.join(dir, 'buildx', 'current'), current);
  }
  return { DOCKER_CONFIG: dir, DOCKER_HOST: HOST };
}
const endpointOf = (env: Record<string, string>) => resolveEndpoint({ env });

describe('usesEngineBuilder', () => {
  test('no current file, or one naming no builder or another endpoint: the engine builder', () => {
    for (const env of [
      configDir(),
      configDir(JSON.stringify({ Key: HOST, Name: '', Global: false })),
      configDir(JSON.stringify({ Key: 'unix:///elsewhere.sock', Name: 'ci', Global: false })),
    ])
      expect(usesEngineBuilder(env, endpointOf(env))).toBe(true);
  });

  test('a builder chosen for this endpoint or globally, a builder option or BUILDX_BUILDER: inspect', () => {
    const forHere = configDir(JSON.stringify({ Key: HOST, Name: 'ci', Global: false }));
    const global = configDir(JSON.stringify({ Key: 'unix:///elsewhere.sock', Name: 'ci', Global: true }));
    const plain = configDir();
    expect(usesEngineBuilder(forHere, endpointOf(forHere))).toBe(false);
    expect(usesEngineBuilder(global, endpointOf(global))).toBe(false);
    expect(usesEngineBuilder(plain, endpointOf(plain), 'ci')).toBe(false);
    expect(usesEngineBuilder({ ...plain, BUILDX_BUILDER: 'ci' }, endpointOf(plain))).toBe(false);
    expect(usesEngineBuilder(forHere, endpointOf(forHere), 'default')).toBe(true);
  });

  test('unsure: a current file that is not JSON, a named context, no resolved endpoint', () => {
    const broken = configDir('{not json');
    expect(usesEngineBuilder(broken, endpointOf(broken))).toBe(false);
    const plain = configDir();
    expect(usesEngineBuilder(plain, { ...endpointOf(plain), context: 'remote' })).toBe(false);
    expect(usesEngineBuilder(plain, undefined)).toBe(false);
  });
});

describe('preflight on the engine builder', () => {
  const calls: string[] = [];
  const run: ProcessRunner = async (_cmd, args) => {
    calls.push(args.join(' '));
    const version = 'github.com/docker/buildx v0.13.1 abc\n';
    if (args.includes('version')) return { exitCode: 0, stdout: version, stderrTail: '' };
    const stdout = 'Name: ci\nDriver: docker-container\n\nNodes:\nName: ci0\nBuildKit version: v0.16.0\n';
    return { exitCode: 0, stdout, stderrTail: '' };
  };
  const api: DaemonInfoSource = async () => ({
    ServerVersion: '26.1.5', DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']],
  });
  const input = (env: Record<string, string>) => ({ env, endpoint: endpointOf(env), dockerPath: 'docker', run });

  test('facts from the API, no buildx inspect', async () => {
    calls.length = 0;
    const report = await preflight({ ...input(configDir()), daemonInfo: api });
    expect(calls).toEqual(['buildx version']);
    expect([report.builder, report.driver, report.buildkitVersion]).toEqual(['default', 'docker', '0.13.0']);
    expect(report.exporters).toEqual(['inline', 'registry', 'local', 'gha']);
  });

  test('another builder, doctor, or engine facts from docker info: buildx inspect', async () => {
    const named = configDir(JSON.stringify({ Key: HOST, Name: 'ci', Global: false }));
    calls.length = 0;
    const report = await preflight({ ...input(named), daemonInfo: api });
    expect([report.driver, report.buildkitVersion]).toEqual(['docker-container', '0.16.0']);
    await preflight({ ...input(configDir()), daemonInfo: api, inspectBuilder: true });
    expect(calls.filter((c) => c.includes('inspect'))).toHaveLength(2);
  });
});

describe('preflight with a remembered buildx version', () => {
  test('a recalled answer runs no buildx version; an asked one is kept', async () => {
    const calls: string[] = [];
    const run: ProcessRunner = async (_cmd, args) => {
      calls.push(args.join(' '));
      return { exitCode: 0, stdout: 'github.com/docker/buildx v0.13.1 abc\n', stderrTail: '' };
    };
    const kept: string[] = [];
    const env = configDir();
    const api: DaemonInfoSource = async () => ({ ServerVersion: '26.1.5', DriverStatus: [] });
    const input = { env, endpoint: endpointOf(env), dockerPath: 'docker', run, daemonInfo: api };
    const remembered = { exitCode: 0, stdout: 'github.com/docker/buildx v0.29.1 def\n', stderrTail: '' };
    const hit = { recall: () => remembered, keep: () => undefined };
    expect((await preflight({ ...input, versionMemo: hit })).buildxVersion).toBe('0.29.1');
    expect(calls).toEqual([]);
    const miss = { recall: () => undefined, keep: (r: { stdout: string }) => void kept.push(r.stdout) };
    expect((await preflight({ ...input, versionMemo: miss })).buildxVersion).toBe('0.13.1');
    expect([calls, kept]).toEqual([['buildx version'], ['github.com/docker/buildx v0.13.1 abc\n']]);
  });
});
