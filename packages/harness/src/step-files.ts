// The files the buildx plugin writes when asked: metadata_file (buildx's --metadata-file JSON),
// artifact_file (Harness's `docker/v1` artifact, drone-plugin-lib WritePluginArtifactFile) and
// cache_metrics_file (drone-buildx cachemetrics.go's counts), filled from layercache's result.
// Renderers are pure; writeStepFiles is the only I/O.
import path from 'node:path';
import type { BuildResult } from '@layercache/sdk';
import { EnvReader, writeOutputFiles, type Env } from '@layercache/sdk/adapter';
import { SETTINGS as S } from './settings.js';

type Result = Pick<BuildResult, 'imageDigest' | 'tags' | 'metadata' | 'report'>;

/** The plugin's artifact file: one image entry per tag, all with the pushed digest. */
export function artifactFile(env: Env, result: Result): object {
  const r = new EnvReader(env);
  return {
    kind: 'docker/v1',
    data: {
      registryType: r.get(S.registryType) ?? 'Docker',
      registryUrl: r.first('ARTIFACT_REGISTRY', S.registry)?.value ?? '',
      images: result.tags.map((image) => ({ image, digest: result.imageDigest ?? '' })),
    },
  };
}

/** The plugin's cache metrics: counts by step status and each step's status and seconds. */
export function cacheMetrics(result: Result): object {
  const layers = Object.fromEntries(
    result.report.steps.map((step, i) => [
      i + 1,
      { status: step.cached ? 'CACHED' : 'DONE', time: step.cached ? 0 : (step.durationMs ?? 0) / 1000 },
    ]),
  );
  const cached = result.report.steps.filter((s) => s.cached).length;
  return {
    total_layers: result.report.steps.length,
    done: result.report.steps.length - cached,
    cached,
    error: 0,
    canceled: 0,
    layers,
  };
}

/** The settings that name a file the step writes, checked with $DRONE_OUTPUT before the build. */
export const STEP_FILE_SETTINGS = [S.metadataFile, S.artifactFile, S.cacheMetricsFile] as const;

/**
 * Writes each file the settings ask for (relative paths from `cwd`); returns the lines for the log.
 * A file that cannot be written is a warning naming its setting (the image is built and pushed by then).
 */
export async function writeStepFiles(env: Env, result: Result, warn: (line: string) => void = () => {},
  cwd = process.cwd()): Promise<string[]> {
  const r = new EnvReader(env);
  const json = (content: object) => `${JSON.stringify(content, null, 2)}\n`;
  const files = [
    { setting: S.metadataFile, path: r.get(S.metadataFile), text: json(result.metadata) },
    { setting: S.artifactFile, path: r.get(S.artifactFile), text: json(artifactFile(env, result)) },
    { setting: S.cacheMetricsFile, path: r.get(S.cacheMetricsFile), text: json(cacheMetrics(result)) },
  ];
  const written = await writeOutputFiles(files, cwd, warn);
  const wrote = files.filter((file) => file.path !== undefined && written.includes(path.resolve(cwd, file.path)));
  return wrote.map((file) => `layercache: wrote ${file.setting} ${file.path}`);
}
