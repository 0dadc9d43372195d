// Parser of `docker buildx du --verbose`, fed output captured from buildx 0.13 (test/fixtures/buildx),
// and its reads through a fake process runner.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ProcessRunner } from '../exec/process.js';
import { engineDelta, parseDiskUsage, readEngineRecords, withEngineDelta, type CacheRecord } from './engine-records.js';

const captured = readFileSync(new URL('../../test/fixtures/buildx/du-verbose.txt', import.meta.url), 'utf8');

describe('parseDiskUsage', () => {
  test('reads every record of captured buildx output and ignores the totals', () => {
    const records = parseDiskUsage(captured);
    expect(records).toHaveLength((captured.match(/^ID:/gm) ?? []).length);
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.type === 'source.local').map((r) => r.description)).toContain('local source for context');
    expect(records.every((r) => r.id.length > 0 && r.type.length > 0)).toBe(true);
    expect(records.some((r) => r.description.startsWith('imported sha256:'))).toBe(true);
  });

  test('empty engine', () => {
    expect(parseDiskUsage('Reclaimable:\t0B\nTotal:\t\t0B\n')).toEqual([]);
  });
});

describe('engineDelta', () => {
  const layer = (id: string, description = `imported sha256:${id}`): CacheRecord => ({ id, type: 'regular', description });
  const context: CacheRecord = { id: 'ctx', type: 'source.local', description: 'local source for context' };
  test.each([
    { name: 'clean engine, layers imported', before: [], after: [layer('a'), layer('b'), context], expected: { layersBefore: 0, importedDuringBuild: 2 } },
    { name: 'kept engine, nothing new', before: [layer('a'), layer('b'), context], after: [layer('a'), layer('b'), context], expected: { layersBefore: 2, importedDuringBuild: 0 } },
    { name: 'kept engine, a new context upload and a built step do not count as imports', before: [layer('a')], after: [layer('a'), { ...context, id: 'ctx2' }, layer('run', 'mount / from exec /bin/sh -c make')], expected: { layersBefore: 1, importedDuringBuild: 0 } },
    { name: 'kept engine, one layer imported', before: [layer('a')], after: [layer('a'), layer('c')], expected: { layersBefore: 1, importedDuringBuild: 1 } },
  ])('$name', ({ before, after, expected }) => {
    expect(engineDelta(before, after)).toEqual(expected);
  });
});

describe('readEngineRecords', () => {
  const ctx = { env: { DOCKER_HOST: 'unix:///x.sock' }, cwd: '/job' };
  const answering = (exitCode: number | null, stdout: string, calls: unknown[][] = []): ProcessRunner =>
    async (command, args, options) => {
      calls.push([command, args, options?.env, options?.cwd, options?.signal instanceof AbortSignal]);
      options?.onStdout?.(stdout);
      return { exitCode, stdout: '', stderrTail: '' };
    };

  test('runs buildx du --verbose on the builder, in the job env, time-limited, and parses every record', async () => {
    const calls: unknown[][] = [];
    const records = await readEngineRecords(ctx, 'ci', answering(0, captured, calls));
    expect(records).toEqual(parseDiskUsage(captured));
    expect(calls).toEqual([['docker', ['buildx', 'du', '--verbose', '--builder', 'ci'], ctx.env, '/job', true]]);
    await readEngineRecords(ctx, undefined, answering(0, '', calls));
    expect(calls[1]![1]).toEqual(['buildx', 'du', '--verbose']);
  });

  test('a failed or unstartable read is no answer, never an error', async () => {
    expect(await readEngineRecords(ctx, undefined, answering(1, captured))).toBeUndefined();
    const failing: ProcessRunner = () => Promise.reject(new Error('spawn docker ENOENT'));
    expect(await readEngineRecords(ctx, undefined, failing)).toBeUndefined();
  });
});

describe('withEngineDelta', () => {
  const ctx = { env: {}, cwd: '/job' };
  test('reads before and after the step and compares', async () => {
    const before = 'ID:\ta\nType:\tregular\nDescription:\timported sha256:a\n';
    const outputs = [before, `ID:\ta\nType:\tregular\n\n${captured}`];
    const order: string[] = [];
    const run: ProcessRunner = async (_c, _a, options) => {
      order.push('read');
      options?.onStdout?.(outputs.shift()!);
      return { exitCode: 0, stdout: '', stderrTail: '' };
    };
    const { result, delta } = await withEngineDelta(ctx, undefined, async () => (order.push('build'), 'built'), run);
    expect(order).toEqual(['read', 'build', 'read']);
    expect(result).toBe('built');
    const imported = parseDiskUsage(captured).filter((r) => r.description.startsWith('imported '));
    expect(delta).toEqual({ layersBefore: 1, importedDuringBuild: imported.length });
  });

  test('no delta when a read failed; the step still runs once', async () => {
    let builds = 0;
    const run: ProcessRunner = async () => ({ exitCode: 1, stdout: '', stderrTail: '' });
    const { result, delta } = await withEngineDelta(ctx, 'b', async () => ++builds, run);
    expect([result, delta, builds]).toEqual([1, undefined, 1]);
  });
});
