// The buildx plugin's settings for what goes into the build besides the Dockerfile: build args
// (also from the environment), build secrets, /etc/hosts entries and labels (auto_label's OCI
// labels by default). Each follows drone-buildx docker.go's meaning. Pure: the clock is passed in.
import { ConfigError, type BuildOptionsInput } from '@layercache/sdk';
import { SETTINGS as S, bool, commaList, keyValues, read, semicolonList, short, type Env } from './settings.js';

type Secret = NonNullable<BuildOptionsInput['secrets']>[number];

/** build_args (comma list), build_args_new (`;` list; alone when multiple_build_args), build_args_from_env. */
export function buildArgs(env: Env): Record<string, string> {
  const fromNew = keyValues(semicolonList(read(env, S.buildArgsNew)), S.buildArgsNew);
  // The plugin passes build_args_new alone when multiple_build_args is on, else build_args; both are taken otherwise.
  const args = bool(env, S.multipleBuildArgs) === true ? fromNew : { ...keyValues(commaList(read(env, S.buildArgs)), S.buildArgs), ...fromNew };
  for (const name of commaList(read(env, S.buildArgsFromEnv))) {
    const value = read(env, name) ?? read(env, name.toUpperCase()) ?? read(env, `HARNESS_${name.toUpperCase()}`);
    if (value === undefined) continue; // buildArgsFromEnvMissing() says so in the log
    // As the plugin: the name as given and upper-cased, unless a build arg of that name is set.
    for (const key of new Set([name, name.toUpperCase()])) if (!(key in args)) args[key] = value;
  }
  return args;
}

/** build_args_from_env names whose variable is unset: the plugin skips them quietly; the log says so here. */
export function buildArgsFromEnvMissing(env: Env): string[] {
  return commaList(read(env, S.buildArgsFromEnv))
    .filter((name) => [name, name.toUpperCase(), `HARNESS_${name.toUpperCase()}`].every((n) => read(env, n) === undefined))
    .map((name) => `${S.buildArgsFromEnv}: ${name} is not set in the step's environment, so no build arg ${name} is passed`);
}

/** secret (`id=x[,env=Y|,src=f]`), secrets_from_env (`id=ENV_VAR`), secrets_from_file (`id=/path`). Only names reach argv. */
export function secrets(env: Env): Secret[] {
  const out: Secret[] = [];
  const one = read(env, S.secret);
  if (one !== undefined) out.push(rawSecret(env, one));
  for (const [id, name] of Object.entries(keyValues(commaList(read(env, S.secretsFromEnv)), S.secretsFromEnv))) out.push({ id, env: name });
  for (const [id, file] of Object.entries(keyValues(commaList(read(env, S.secretsFromFile)), S.secretsFromFile))) out.push({ id, src: file });
  return out;
}

/** A raw --secret value; without env/src, buildx takes the variable named by the id if it is set, else the file. */
function rawSecret(env: Env, value: string): Secret {
  const fields = keyValues(value.split(',').map((f) => f.trim()).filter(Boolean), S.secret);
  const { id, env: name, src, source, type, ...rest } = fields;
  const file = src ?? source;
  if (id === undefined || Object.keys(rest).length > 0 || (type !== undefined && type !== 'env' && type !== 'file')) {
    throw new ConfigError([{ path: S.secret, message: `"${short(Object.keys(fields).join(','))}" is not id=NAME[,env=VAR|,src=FILE]`, hint: 'write secret: id=npm_token,env=NPM_TOKEN (or use secrets_from_env)' }]);
  }
  if (name !== undefined) return { id, env: name };
  if (file !== undefined) return { id, src: file };
  return type === 'file' || read(env, id) === undefined ? { id, src: id } : { id, env: id };
}

/** add_host: comma list of host:ip, passed as --add-host. */
export function addHosts(env: Env): string[] {
  return commaList(read(env, S.addHost));
}

/** auto_label (default on): org.opencontainers.image.* from the DRONE_* facts and label_schema; custom_labels last. */
export function labels(env: Env, now: Date): Record<string, string> {
  const out: Record<string, string> = {};
  if (bool(env, S.autoLabel) ?? true) {
    const facts: Record<string, string | undefined> = {
      created: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      revision: read(env, 'DRONE_COMMIT_SHA'),
      source: read(env, 'DRONE_REMOTE_URL'),
      url: read(env, S.repoLink) ?? read(env, 'DRONE_REPO_LINK'),
      ...keyValues(commaList(read(env, S.labelSchema)), S.labelSchema),
    };
    // The plugin writes empty values too; a label without a value says nothing, so it is left out.
    for (const [k, v] of Object.entries(facts)) if (v !== undefined && v !== '') out[`org.opencontainers.image.${k}`] = v;
  }
  return { ...out, ...keyValues(commaList(read(env, S.labels)), S.labels) };
}
