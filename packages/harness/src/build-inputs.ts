// The buildx plugin's settings for what goes into the build besides the Dockerfile: build args
// (also from the environment), build secrets, /etc/hosts entries and labels (auto_label's OCI
// labels by default). Each follows drone-buildx docker.go's meaning. Pure: the clock is passed in.
import type { BuildOptionsInput } from '@layercache/sdk';
import { printable, type EnvReader } from '@layercache/sdk/adapter';
import { SETTINGS as S } from './settings.js';

type Secret = NonNullable<BuildOptionsInput['secrets']>[number];

/** A comma list of KEY=VALUE entries, as urfave/cli splits PLUGIN_BUILD_ARGS and friends. */
const commaPairs = (r: EnvReader, name: string) => r.pairs(name, r.list(name, ','));

/** A build_args_from_env name's value: the variable as named, upper-cased, or Harness's HARNESS_ one. */
const fromEnv = (r: EnvReader, name: string) => r.first(name, name.toUpperCase(), `HARNESS_${name.toUpperCase()}`);

/** build_args (comma list), build_args_new (`;` list; alone when multiple_build_args), build_args_from_env. */
export function buildArgs(r: EnvReader): Record<string, string> {
  const fromNew = r.pairs(S.buildArgsNew, r.list(S.buildArgsNew, ';'));
  // The plugin passes build_args_new alone when multiple_build_args is on, else build_args; both are taken otherwise.
  const args = r.bool(S.multipleBuildArgs) === true ? fromNew : { ...commaPairs(r, S.buildArgs), ...fromNew };
  for (const name of r.list(S.buildArgsFromEnv, ',')) {
    const value = fromEnv(r, name)?.value;
    if (value === undefined) continue; // buildArgsFromEnvMissing() says so in the log
    // As the plugin: the name as given and upper-cased, unless a build arg of that name is set.
    for (const key of new Set([name, name.toUpperCase()])) if (!(key in args)) args[key] = value;
  }
  return args;
}

/** build_args_from_env names whose variable is unset: the plugin skips them quietly; the log says so here. */
export function buildArgsFromEnvMissing(r: EnvReader): string[] {
  const missing = r.list(S.buildArgsFromEnv, ',').filter((name) => fromEnv(r, name) === undefined);
  const what = (name: string) => `${name} is not set in the step's environment, so no build arg ${name} is passed`;
  return missing.map((name) => `${S.buildArgsFromEnv}: ${what(name)}`);
}

/** secret (`id=x[,env=Y|,src=f]`), secrets_from_env (`id=ENV_VAR`), secrets_from_file (`id=/path`). Only names reach argv. */
export function secrets(r: EnvReader): Secret[] {
  const one = r.get(S.secret);
  return [
    ...(one !== undefined ? rawSecret(r, one) : []),
    ...Object.entries(commaPairs(r, S.secretsFromEnv)).map(([id, env]) => ({ id, env })),
    ...Object.entries(commaPairs(r, S.secretsFromFile)).map(([id, src]) => ({ id, src })),
  ];
}

/** A raw --secret value; without env/src, buildx takes the variable named by the id if it is set, else the file. */
function rawSecret(r: EnvReader, value: string): Secret[] {
  const fields = r.pairs(S.secret, value.split(','));
  const { id, env: name, src, source, type, ...rest } = fields;
  const file = src ?? source;
  if (id === undefined || Object.keys(rest).length > 0 || (type !== undefined && type !== 'env' && type !== 'file')) {
    const hint = 'write secret: id=npm_token,env=NPM_TOKEN (or use secrets_from_env)';
    r.fail(S.secret, `"${printable(Object.keys(fields).join(','))}" is not id=NAME[,env=VAR|,src=FILE]`, hint);
    return [];
  }
  if (name !== undefined) return [{ id, env: name }];
  if (file !== undefined) return [{ id, src: file }];
  return [type === 'file' || r.get(id) === undefined ? { id, src: id } : { id, env: id }];
}

/** auto_label (default on): org.opencontainers.image.* from the DRONE_* facts and label_schema; custom_labels last. */
export function labels(r: EnvReader, now: Date): Record<string, string> {
  const out: Record<string, string> = {};
  if (r.bool(S.autoLabel) ?? true) {
    const facts: Record<string, string | undefined> = {
      created: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      revision: r.get('DRONE_COMMIT_SHA'),
      source: r.get('DRONE_REMOTE_URL'),
      url: r.first(S.repoLink, 'DRONE_REPO_LINK')?.value,
      ...commaPairs(r, S.labelSchema),
    };
    // The plugin writes empty values too; a label without a value says nothing, so it is left out.
    for (const [k, v] of Object.entries(facts)) if (v) out[`org.opencontainers.image.${k}`] = v;
  }
  return { ...out, ...commaPairs(r, S.labels) };
}
