// The cost layercache adds before any build: planBuild in-process, and the whole
// `layercache build --dry-run` process (Node.js start-up included), each as a median.
import { planBuild, type BuildOptionsInput } from '@layercache/sdk';
import { readFile } from 'node:fs/promises';
import { run } from './engine.js';
import { median } from './metrics.js';

export function timePlanBuild(options: BuildOptionsInput, iterations = 200): number {
  planBuild(options); // warm up: the first call loads and compiles the schemas
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    planBuild(options);
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function timeDryRun(argv: string[], rssFile: string, runs = 7): Promise<{ ms: number; rssKb: number }> {
  const times: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await run(argv, { env: { ...process.env, LAYERCACHE_BENCH_RSS_FILE: rssFile } });
    if (result.code !== 0) throw new Error(`dry run exited ${result.code}: ${result.output.slice(-2000)}`);
    times.push(result.wallMs);
    rss.push(Number(await readFile(rssFile, 'utf8')));
  }
  return { ms: median(times), rssKb: Math.max(...rss) };
}

/** A bare Node.js start on this machine right now: the floor under any CLI's wall time. */
export async function timeNodeStart(runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await run([process.execPath, '-e', '0'])).wallMs);
  return median(times);
}
