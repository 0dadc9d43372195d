// The buildx plugin's settings for what goes into the build besides the Dockerfile: build args
// (also from the environment), build secrets, /etc/hosts entries and labels (auto_label's OCI
// labels by default). Each follows drone-buildx docker.go's meaning. Pure: the clock is passed in.
import type { BuildOptionsInput } from '@layercache/sdk';
import { printable, type EnvReader } from '@layercache/sdk/adapter';
import { SETTINGS as S } from './settings.js';

type Secret = NonNullable<BuildOptionsInput['secrets']>[number];

/** build_args (comma list), build_args_new (`;` list; alone when multiple_build_args), build_args_from_env. */
export function buildArgs(r: EnvReader): Record<string, string> {
  const fromNew = r.pairs(S.buildArgsNew, r.list(S.buildArgsNew, ';'));
  // The plugin passes build_args_new alone when multiple_build_args is on, else build_args; both are taken otherwise.
  const args =
    r.bool(S.multipleBuildArgs) === true ? fromNew : { ...r.pairs(S.buildArgs, r.list(S.buildArgs, ',')), ...fromNew };
  for (const name of r.list(S.buildArgsFromEnv, ',')) {
    const value = r.first(name, name.toUpperCase(), `HARNESS_${name.toUpperCase()}`)?.value;
    if (value === undefined) continue; // buildArgsFromEnvMissing() says so in the log
    // As the plugin: the name as given and upper-cased, unless a build arg of that name is set.
    for (const key of new Set([name, name.toUpperCase()])) if (!(key in args)) args[key] = value;
  }
  return args;
}

/** build_args_from_env names whose variable is unset: the plugin skips them quietly; the log says so here. */
export function buildArgsFromEnvMissing(r: EnvReader): string[] {
  return r
    .list(S.buildArgsFromEnv, ',')
    .filter((name) => r.first(name, name.toUpperCase(), `HARNESS_${name.toUpperCase()}`) === undefined)
    .map(
      (name) =>
        `${S.buildArgsFromEnv}: ${name} is not set in the step's environment, so no build arg ${name} is passed`,
    );
}

/** secret (`id=x[,env=Y|,src=f]`), secrets_from_env (`id=ENV_VAR`), secrets_from_file (`id=/path`). Only names reach argv. */
export function secrets(r: EnvReader): Secret[] {
  const one = r.get(S.secret);
  return [
    ...(one !== undefined ? rawSecret(r, one) : []),
    ...Object.entries(r.pairs(S.secretsFromEnv, r.list(S.secretsFromEnv, ','))).map(([id, name]) => ({
      id,
      env: name,
    })),
    ...Object.entries(r.pairs(S.secretsFromFile, r.list(S.secretsFromFile, ','))).map(([id, file]) => ({
      id,
      src: file,
    })),
  ];
}

/** A raw --secret value; without env/src, buildx takes the variable named by the id if it is set, else the file. */
function rawSecret(r: EnvReader, value: string): Secret[] {
  const fields = r.pairs(S.secret, value.split(','));
  const { id, env: name, src, source, type, ...rest } = fields;
  const file = src ?? source;
  if (id === undefined || Object.keys(rest).length > 0 || (type !== undefined && type !== 'env' && type !== 'file')) {
    r.fail(
      S.secret,
      `"${printable(Object.keys(fields).join(','))}" is not id=NAME[,env=VAR|,src=FILE]`,
      'write secret: id=npm_token,env=NPM_TOKEN (or use secrets_from_env)',
    );
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
      ...r.pairs(S.labelSchema, r.list(S.labelSchema, ',')),
    };
    // The plugin writes empty values too; a label without a value says nothing, so it is left out.
    for (const [k, v] of Object.entries(facts))
      if (v !== undefined && v !== '') out[`org.opencontainers.image.${k}`] = v;
  }
  return { ...out, ...r.pairs(S.labels, r.list(S.labels, ',')) };
}
