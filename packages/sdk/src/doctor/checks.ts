// Doctor's checklist, built from gathered facts. Pure: every item has pass/warn/fail and a fix.
import { backends } from '../backends/index.js';
import type { BuildPlan } from '../plan/build-plan.js';
import type { PreflightReport } from '../preflight/preflight.js';
import { compareVersions } from '../preflight/capabilities.js';
import type { RegistryAnswer } from '../registry/client.js';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface CheckItem {
  id: string;
  status: CheckStatus;
  title: string;
  detail?: string;
  fix?: string;
}

export interface DoctorFacts {
  plan: BuildPlan;
  engine: PreflightReport | { error: string };
  /** Per registry host: the /v2/ answer. */
  registries: Array<{ registry: string; answer: RegistryAnswer; authenticated: boolean }>;
  /** Per cache ref: does it exist? */
  refs: Array<{ ref: string; answer: RegistryAnswer }>;
  /** Per local cache `current` link. */
  localCaches: Array<{ path: string; exists: boolean; indexReadable: boolean; bytes: number }>;
  platform: string | undefined;
}

export function doctorChecks(f: DoctorFacts): CheckItem[] {
  const items: CheckItem[] = [];
  if ('error' in f.engine) {
    // Preflight's message ends with the fix for this endpoint (TLS, ssh, socket…): show it as the fix.
    const [detail, fix] = splitFix(f.engine.error);
    items.push({
      id: 'daemon',
      status: 'fail',
      title: 'Docker daemon reachable',
      detail,
      fix: fix ?? 'start Docker or set DOCKER_HOST to a running daemon',
    });
  } else {
    const e = f.engine;
    items.push({
      id: 'daemon',
      status: 'pass',
      title: 'Docker daemon reachable',
      detail: `${e.dockerHost}, engine ${e.engineVersion ?? 'unknown'}`,
    });
    items.push({
      id: 'buildx',
      status: 'pass',
      title: 'buildx and BuildKit',
      detail: `buildx ${e.buildxVersion}, BuildKit ${buildkitLine(e)}, ${features(e.buildkitVersion).join(', ')}`,
    });
    const needs = backends[f.plan.backend].exporter ?? undefined;
    const usable = needs === undefined || e.exporters.includes(needs);
    items.push({
      id: 'exporters',
      status: usable ? (e.exporters.length >= 3 ? 'pass' : 'warn') : 'fail',
      title: 'Cache exporters',
      detail: `driver ${e.driver}${
        e.driver === 'docker' ? `, containerd image store ${e.containerdStore ? 'on' : 'off'}` : ''
      }: ${e.exporters.join(', ')} (${exportersBasis(e)})`,
      fix: usable
        ? e.exporters.length >= 3
          ? undefined
          : 'enable the containerd image store ("features": {"containerd-snapshotter": true}) or use a docker-container builder for registry/local caches'
        : `the ${f.plan.backend} backend needs the ${needs} exporter: use a docker-container builder (docker ` +
          `buildx create --use --driver docker-container) or --backend auto`,
    });
  }
  for (const r of f.registries) {
    const ok = r.answer.status === 'ok';
    const denied = r.answer.status === 'unauthorized' || r.answer.status === 'forbidden';
    items.push({
      id: `registry:${r.registry}`,
      status: ok ? 'pass' : denied ? 'fail' : 'fail',
      title: `Registry ${r.registry}`,
      detail: ok
        ? r.authenticated
          ? 'reachable, credentials accepted'
          : 'reachable, anonymous'
        : `${r.answer.status}${r.answer.httpStatus ? ` (HTTP ${r.answer.httpStatus})` : ''}${
            r.answer.detail ? `: ${r.answer.detail}` : ''
          }`,
      fix: ok
        ? undefined
        : denied
        ? `log in: give registry credentials for ${r.registry} (the CI adapter passes the job's token)`
        : `check the host and port of ${r.registry} and that it is up`,
    });
  }
  for (const r of f.refs) {
    const exists = r.answer.status === 'ok';
    const absent = r.answer.status === 'not-found';
    items.push({
      id: `ref:${r.ref}`,
      status: exists || absent ? 'pass' : 'warn',
      title: `Cache ref ${r.ref}`,
      detail: exists ? 'exists' : absent ? 'absent: a cold start, not a miss' : `cannot tell (${r.answer.status})`,
      fix:
        exists || absent
          ? undefined
          : `the build will warn and run cold if ${r.ref} cannot be read; check pull permission`,
    });
  }
  for (const l of f.localCaches) {
    items.push({
      id: `local:${l.path}`,
      status: !l.exists ? 'pass' : l.indexReadable ? 'pass' : 'warn',
      title: `Local cache ${l.path}`,
      detail: !l.exists
        ? 'absent: a cold start'
        : l.indexReadable
        ? `healthy, ${(l.bytes / 1024 / 1024).toFixed(1)} MB`
        : 'index.json is missing or unreadable',
      fix: l.exists && !l.indexReadable ? `remove ${l.path}; the next build writes a fresh cache` : undefined,
    });
  }
  const k = f.plan.keys;
  items.push({
    id: 'keys',
    status: 'pass',
    title: 'CI platform and cache keys',
    detail: `${f.platform ?? 'no CI platform detected'}; ${k.event} build; reads ${
      f.plan.reads.join(' -> ') || 'nothing'
    }; writes ${f.plan.writes ?? 'nothing'} (${k.writeReason})`,
  });
  return items;
}

/** The BuildKit version and how it was found: distribution-built engines report v0.0.0+unknown. */
function buildkitLine(e: PreflightReport): string {
  if (e.buildkitSource === 'reported') return e.buildkitVersion ?? 'unknown';
  const said = e.buildkitReported ? `reported ${e.buildkitReported}` : 'not reported';
  if (e.buildkitSource === 'engine')
    return `${e.buildkitVersion} (${said}; taken from Docker Engine ${
      e.engineVersion ?? 'unknown'
    }'s vendored BuildKit)`;
  return `unknown (${said}; features probed from buildx instead)`;
}

function exportersBasis(e: PreflightReport): string {
  const cacheExport = e.features?.['Cache export'];
  return e.exportersSource === 'probed'
    ? `probed: buildx reports Cache export: ${cacheExport}`
    : `from the ${e.driver} driver's documented exporters`;
}

function splitFix(message: string): [string, string | undefined] {
  const at = message.lastIndexOf('. Fix: ');
  return at < 0
    ? [message, undefined]
    : [message.slice(0, at), message.slice(at + '. Fix: '.length).replace(/\.$/, '')];
}

function features(buildkit: string | undefined): string[] {
  if (!buildkit) return ['features unknown'];
  const has = (v: string) => compareVersions(buildkit, v) >= 0;
  return [`image-manifest ${has('0.12.0') ? 'yes' : 'no'}`, `ignore-error ${has('0.11.0') ? 'yes' : 'no'}`];
}

/** Which CI the environment belongs to, from the marker variables each platform documents. */
export function detectPlatform(env: Record<string, string | undefined>): string | undefined {
  if (env.GITLAB_CI) return 'GitLab CI';
  if (env.HARNESS_BUILD_ID || env.HARNESS_PIPELINE_ID) return 'Harness CI';
  if (env.SEMAPHORE) return 'Semaphore';
  if (env.CIRCLECI) return 'CircleCI';
  if (env.GITHUB_ACTIONS) return 'GitHub Actions';
  if (env.DRONE) return 'Drone';
  return env.CI ? 'an unknown CI' : undefined;
}

export function renderChecks(items: CheckItem[]): string {
  const mark: Record<CheckStatus, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };
  return items
    .map(
      (i) => `${mark[i.status]}  ${i.title}${i.detail ? `: ${i.detail}` : ''}${i.fix ? `\n      fix: ${i.fix}` : ''}`,
    )
    .join('\n');
}
