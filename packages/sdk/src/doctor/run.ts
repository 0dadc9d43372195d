// Gathers doctor's facts: preflight, registry answers for the plan's cache refs, local caches.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { backends, inRegistry } from '../backends/index.js';
import { directoryBytes } from '../backends/local/snapshot.js';
import { defaultFacts } from '../plan/facts.js';
import { planBuild } from '../plan/build-plan.js';
import type { BuildOptions } from '../options/schema.js';
import { engineTarget } from '../engine/target.js';
import { preflight, type PreflightReport } from '../preflight/preflight.js';
import { credentialSource } from '../credentials/source.js';
import { RegistryClient, registryClientFor, splitRef } from '../registry/client.js';
import { runProcess, type ProcessRunner } from '../exec/process.js';
import { cacheSizesCheck } from './cache-sizes.js';
import { detectPlatform, doctorChecks, type CheckItem } from './checks.js';

export interface DoctorInput {
  options: BuildOptions;
  env: Record<string, string | undefined>;
  cwd: string;
  run?: ProcessRunner;
}

export async function runDoctor(input: DoctorInput): Promise<CheckItem[]> {
  // The same resolution as a build: a malformed DOCKER_HOST or unknown context is bad input (exit 2).
  const target = engineTarget(input.env, input.options.dockerContext, 'runDoctor');
  const engine: PreflightReport | { error: string } = await preflight({
    env: target.env,
    endpoint: target.endpoint,
    dockerPath: input.options.dockerPath,
    builder: input.options.builder,
    run: input.run ?? runProcess,
    inspectBuilder: true, // doctor shows buildx's own feature probe
  }).catch((e: Error) => ({ error: e.message }));
  const plan = planBuild(
    input.options,
    'error' in engine
      ? {}
      : { exporters: new Set(engine.exporters), imageManifest: engine.imageManifest, builderSummary: engine.summary },
  );
  const refs = inRegistry(plan.backend) ? [...new Set([...plan.reads, ...(plan.writes ? [plan.writes] : [])])] : [];
  const hosts = [...new Set(refs.map((r) => splitRef(r).registry))];
  // The same credentials a build's registry calls use: the logins, then the job's docker config.
  const credentials = credentialSource({ logins: input.options.registryAuth, env: input.env, run: input.run });
  const registries = await Promise.all(
    hosts.map(async (registry) => ({
      registry,
      answer: await new RegistryClient(registry, credentials).ping(),
      authenticated: (await credentials.credentialsFor(registry)) !== undefined,
    })),
  );
  const refAnswers = await Promise.all(
    refs.map(async (ref) => {
      const { client, repository, reference } = registryClientFor(ref, credentials);
      return { ref, answer: await client.manifestExists(repository, reference) };
    }),
  );
  const localCaches =
    backends[plan.backend].store === 'directory'
      ? await Promise.all(
          planBuild(input.options, defaultFacts()).reads.map((p) => localHealth(path.resolve(input.cwd, p))),
        )
      : [];
  const items = doctorChecks({
    plan,
    engine,
    registries,
    refs: refAnswers,
    localCaches,
    platform: detectPlatform(input.env),
  });
  const sizes = await cacheSizesCheck(plan.backend, input.options, input.cwd);
  return sizes ? [...items, sizes] : items;
}

async function localHealth(p: string) {
  const index = await readFile(path.join(p, 'index.json'), 'utf8').catch(() => undefined);
  const exists = index !== undefined || (await readFile(p).catch((e: NodeJS.ErrnoException) => e.code)) !== 'ENOENT';
  let indexReadable = false;
  try {
    indexReadable = index !== undefined && Array.isArray(JSON.parse(index).manifests);
  } catch {
    indexReadable = false;
  }
  return { path: p, exists, indexReadable, bytes: exists ? await directoryBytes(p) : 0 };
}
