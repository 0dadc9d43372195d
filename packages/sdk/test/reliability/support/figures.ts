// Figures for docs/reliability.md: each test appends what it measured (builds, green builds,
// caches intact, secrets leaked…) as one JSON line to $LAYERCACHE_FIGURES_FILE, when set.
// Without it, recording does nothing: the assertions are what make the tests pass or fail.
import { appendFileSync } from 'node:fs';

export type Figures = Record<string, number | string>;

export function record(area: 'fault' | 'load' | 'soak' | 'bad-input' | 'security', name: string, figures: Figures): void {
  const file = process.env.LAYERCACHE_FIGURES_FILE;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ area, name, ...figures, at: new Date().toISOString() })}\n`);
}
