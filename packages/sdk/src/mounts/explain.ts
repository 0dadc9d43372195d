// What the report says about cache mounts: one line per mount, and the addition to the miss
// explanation when the rebuilt RUN step found its mount warm (or cold).
import { formatBytes } from '../report/bytes.js';
import type { CacheReport } from '../report/build-report.js';
import type { MountReport } from './types.js';

export function mountLine(r: MountReport, phase: 'restore' | 'save'): string {
  const seconds = (ms: number | undefined) => (ms === undefined ? '' : ` in ${(ms / 1000).toFixed(1)} s`);
  if (phase === 'restore') {
    const x = r.restore;
    if (x.status === 'restored') return `cache mount ${r.id}: restored ${formatBytes(x.bytes ?? 0)} from ${x.from}${seconds(x.ms)}`;
    if (x.status === 'warm') return `cache mount ${r.id}: already warm in the builder (kept; ${x.from} not applied)`;
    if (x.status === 'missing') return `cache mount ${r.id}: no saved contents yet (cold)`;
    return `cache mount ${r.id}: ${x.status}${x.message ? ` (${x.message})` : ''}`;
  }
  const s = r.save;
  if (!s) return `cache mount ${r.id}: not saved`;
  if (s.status === 'saved') return `cache mount ${r.id}: saved ${formatBytes(s.bytes ?? 0)} to ${s.to}${seconds(s.ms)}`;
  if (s.status === 'unchanged') return `cache mount ${r.id}: unchanged, not saved again`;
  return `cache mount ${r.id}: ${s.status}${s.message ? ` (${s.message})` : ''}`;
}

/** "restored 1.2 KiB from X in 0.3 s; saved 2.0 KiB to Y in 0.4 s": both phases of one mount. */
export function mountSummary(r: MountReport): string {
  const restore = mountLine(r, 'restore').slice(`cache mount ${r.id}: `.length);
  const save = r.save ? mountLine(r, 'save').slice(`cache mount ${r.id}: `.length) : undefined;
  return save ? `${restore}; ${save}` : restore;
}

/** Adds to the miss explanation whether the RUN steps that were rebuilt found their cache mounts warm. */
export function explainWarmMount(report: CacheReport, mounts: MountReport[]): void {
  const rebuilt = report.steps.filter((s) => !s.cached && /\bRUN\b/.test(s.name)).map((s) => s.name);
  const uses = (step: string, m: MountReport) => step.includes(`target=${m.target}`) || step.includes(`id=${m.id}`);
  const used = mounts.filter((m) => rebuilt.some((step) => uses(step, m)));
  if (used.length === 0) return;
  const parts = used.map((m) => {
    if (m.restore.status === 'restored') return `cache mount ${m.id} was warm (restored ${formatBytes(m.restore.contentBytes ?? 0)} from ${m.restore.from})`;
    if (m.restore.status === 'warm') return `cache mount ${m.id} was warm (the builder kept it)`;
    return `cache mount ${m.id} was cold (${m.restore.status === 'missing' ? 'nothing saved yet' : m.restore.status})`;
  });
  const sentence = `The rebuilt RUN step's ${parts.join('; ')}.`;
  report.missReason = report.missReason
    ? { ...report.missReason, message: `${report.missReason.message} ${sentence}` }
    : { kind: 'unknown', message: sentence };
}
