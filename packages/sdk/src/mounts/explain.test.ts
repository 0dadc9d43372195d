import { expect, test } from 'vitest';
import { buildReport } from '../report/build-report.js';
import { renderMarkdown, renderSummary } from '../report/render.js';
import { explainWarmMount, mountSummary } from './explain.js';
import type { MountReport } from './types.js';

const restored: MountReport = {
  id: 'pkg',
  target: '/cache',
  stage: '0',
  line: 3,
  restore: { status: 'restored', bytes: 2048, contentBytes: 10240, ms: 300, from: 'reg/app:main.mounts' },
  save: { status: 'saved', bytes: 4096, contentBytes: 20480, ms: 400, to: 'reg/app:feat.mounts' },
};

function reportWith(stepName: string) {
  const report = buildReport(
    [
      { digest: 'a', name: '[1/2] COPY deps.txt /deps.txt', cached: false, started: 0, completed: 10 },
      { digest: 'b', name: stepName, cached: false, started: 10, completed: 20 },
    ] as never,
    { backend: 'registry', cacheFrom: [], cacheTo: [], reads: [], writes: undefined }
  );
  report.missReason = { kind: 'sources-changed', message: 'deps.txt changed.' };
  return report;
}

test('each mount reads as restore then save', () => {
  expect(mountSummary(restored)).toBe(
    'restored 2.0 KiB from reg/app:main.mounts in 0.3 s; saved 4.0 KiB to reg/app:feat.mounts in 0.4 s'
  );
  expect(mountSummary({ ...restored, restore: { status: 'missing' }, save: { status: 'unchanged' } })).toBe(
    'no saved contents yet (cold); unchanged, not saved again'
  );
  expect(mountSummary({ ...restored, restore: { status: 'failed', message: 'boom' }, save: undefined })).toBe(
    'failed (boom)'
  );
});

test('the miss explanation says when a rebuilt RUN found its mount warm, or cold', () => {
  const warm = reportWith('[2/2] RUN --mount=type=cache,id=pkg,target=/cache fetch');
  explainWarmMount(warm, [restored]);
  expect(warm.missReason).toEqual({
    kind: 'sources-changed',
    message:
      "deps.txt changed. The rebuilt RUN step's cache mount pkg was warm (restored 10.0 KiB from reg/app:main.mounts).",
  });
  const cold = reportWith('[2/2] RUN --mount=type=cache,target=/cache fetch');
  explainWarmMount(cold, [{ ...restored, restore: { status: 'missing' } }]);
  expect(cold.missReason?.message).toContain('cache mount pkg was cold (nothing saved yet)');
  const other = reportWith('[2/2] RUN --mount=type=cache,target=/elsewhere fetch');
  explainWarmMount(other, [restored]);
  expect(other.missReason?.message).toBe('deps.txt changed.');
});

test('text and Markdown reports list the mounts', () => {
  const report = { ...reportWith('[2/2] RUN x'), mounts: [restored] };
  const subject = { report, durationMs: 1000, tags: [] };
  expect(renderSummary(subject)).toContain(
    '  cache mount pkg: restored 2.0 KiB from reg/app:main.mounts in 0.3 s; saved 4.0 KiB'
  );
  expect(renderMarkdown(subject)).toContain(
    '| `pkg` | restored 2.0 KiB from reg/app:main.mounts in 0.3 s; saved 4.0 KiB to reg/app:feat.mounts in 0.4 s |'
  );
});
