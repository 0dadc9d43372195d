// The two calls cachedBuild() makes: open (restore, before the build) and finish (save after a
// successful build, then the report). Keeps the mount logic out of the build pipeline.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlanFacts } from '../backends/types.js';
import { dockerfilePath } from '../options/check-files.js';
import type { BuildPlan } from '../plan/build-plan.js';
import type { PreflightReport } from '../preflight/preflight.js';
import type { CacheReport } from '../report/build-report.js';
import type { Logger } from '../workspace/build-environment.js';
import type { ProcessRunner } from '../exec/process.js';
import { explainWarmMount, mountLine } from './explain.js';
import { restoreMounts, type MountsSession } from './persist.js';

export interface OpenMountsInput {
  plan: BuildPlan;
  facts: PlanFacts;
  engine: PreflightReport;
  cwd: string;
  workDir: string;
  run: ProcessRunner;
  env: Record<string, string | undefined> | undefined;
  signal?: AbortSignal;
  log: Logger;
  /** Build args the plan's options lack (bake: the service's own args), for the mounts' base images. */
  buildArgs?: Record<string, string>;
}

export async function openMounts(input: OpenMountsInput): Promise<MountsSession | undefined> {
  const { plan, cwd } = input;
  if (plan.options.cache.mounts === 'off') return undefined;
  const dockerfileText = await readFile(path.resolve(cwd, dockerfilePath(plan.options)), 'utf8').catch(() => undefined);
  if (dockerfileText === undefined) return undefined;
  const session = await restoreMounts({
    options: input.buildArgs
      ? { ...plan.options, buildArgs: { ...input.buildArgs, ...plan.options.buildArgs } }
      : plan.options,
    backend: plan.backend,
    keys: plan.keys,
    cacheWritten: plan.writes !== undefined,
    dockerfileText,
    cwd,
    workDir: input.workDir,
    runId: input.facts.runId,
    run: input.run,
    env: input.env,
    signal: input.signal,
    credentials: input.facts.credentials,
    buildxVersion: input.engine.buildxVersion,
  });
  for (const r of session.reports) input.log.info(`layercache: ${mountLine(r, 'restore')}`);
  return session;
}

/** After a successful build: saves the changed mounts and puts the mounts into the report (its warnings are logged with the report's). */
export async function finishMounts(
  session: MountsSession | undefined,
  report: CacheReport,
  log: Logger,
): Promise<void> {
  if (!session) return;
  await session.save();
  for (const r of session.reports) if (r.save) log.info(`layercache: ${mountLine(r, 'save')}`);
  if (session.reports.length > 0) report.mounts = session.reports;
  report.warnings.push(...session.warnings);
  if (session.notes.length > 0) report.notes = [...(report.notes ?? []), ...session.notes];
  explainWarmMount(report, session.reports);
}

/** Bake: one mounts session per service, each with that service's plan (its cache, its Dockerfile). */
export async function openServiceMounts(
  services: Array<{ service: string; build: BuildPlan; args?: Record<string, string> }>,
  input: Omit<OpenMountsInput, 'plan'>,
): Promise<Record<string, MountsSession | undefined>> {
  const sessions: Record<string, MountsSession | undefined> = {};
  for (const sp of services) {
    const log = {
      info: (l: string) => input.log.info(l.replace(/^layercache: /, `layercache: ${sp.service}: `)),
      warn: input.log.warn,
    };
    sessions[sp.service] = await openMounts({ ...input, plan: sp.build, log, buildArgs: sp.args });
  }
  return sessions;
}
