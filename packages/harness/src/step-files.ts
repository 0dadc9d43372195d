// The files the buildx plugin writes when asked: metadata_file (buildx's --metadata-file JSON),
// artifact_file (Harness's `docker/v1` artifact, drone-plugin-lib WritePluginArtifactFile) and
// cache_metrics_file (drone-buildx cachemetrics.go's counts), filled from layercache's result.
// Renderers are pure; writeStepFiles is the only I/O.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildResult } from '@layercache/sdk';
import { SETTINGS as S, read, type Env } from './settings.js';

type Result = Pick<BuildResult, 'imageDigest' | 'tags' | 'metadata' | 'report'>;

/** The plugin's artifact file: one image entry per tag, all with the pushed digest. */
export function artifactFile(env: Env, result: Result): object {
  return {
    kind: 'docker/v1',
    data: {
      registryType: read(env, S.registryType) ?? 'Docker',
      registryUrl: read(env, 'ARTIFACT_REGISTRY') ?? read(env, S.registry) ?? '',
      images: result.tags.map((image) => ({ image, digest: result.imageDigest ?? '' })),
    },
  };
}

/** The plugin's cache metrics: counts by step status and each step's status and seconds. */
export function cacheMetrics(result: Result): object {
  const layers = Object.fromEntries(result.report.steps.map((step, i) => [i + 1, { status: step.cached ? 'CACHED' : 'DONE', time: step.cached ? 0 : (step.durationMs ?? 0) / 1000 }]));
  const cached = result.report.steps.filter((s) => s.cached).length;
  return { total_layers: result.report.steps.length, done: result.report.steps.length - cached, cached, error: 0, canceled: 0, layers };
}

/** Writes each file the settings ask for; returns the lines for the log. */
export async function writeStepFiles(env: Env, result: Result): Promise<string[]> {
  const files: [string, string | undefined, () => object][] = [
    [S.metadataFile, read(env, S.metadataFile), () => result.metadata],
    [S.artifactFile, read(env, S.artifactFile), () => artifactFile(env, result)],
    [S.cacheMetricsFile, read(env, S.cacheMetricsFile), () => cacheMetrics(result)],
  ];
  const lines: string[] = [];
  for (const [setting, file, content] of files) {
    if (file === undefined) continue;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(content(), null, 2)}\n`);
    lines.push(`layercache: wrote ${setting} ${file}`);
  }
  return lines;
}
