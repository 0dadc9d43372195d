// Which Docker engine the docker CLI (and so buildx) talks to, resolved the way docker/cli does
// (cli/command/cli.go resolveContextName, cli/flags/options.go): the --context flag, else
// DOCKER_HOST (the default context), else DOCKER_CONTEXT, else currentContext in
// $DOCKER_CONFIG/config.json, else the default socket. Reads only the env it is handed and the
// docker config directory it names; never process.env.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { userDockerConfigDir } from '../credentials/docker-config-file.js';
import { parseDockerHost } from './docker-host.js';

export type Env = Record<string, string | undefined>;

export const DEFAULT_SOCKET = 'unix:///var/run/docker.sock';
const TLS_FILES = ['ca.pem', 'cert.pem', 'key.pem'] as const;

export interface EndpointTls {
  /** Verify the daemon's certificate (DOCKER_TLS_VERIFY, or a context without SkipTLSVerify). */
  verify: boolean;
  /** Directory holding ca.pem, cert.pem and key.pem. */
  certDir: string;
  /** Where certDir came from: DOCKER_CERT_PATH, DOCKER_TLS_CERTDIR, the docker config dir, or the context store. */
  certDirFrom: string;
  /** Which of ca.pem, cert.pem, key.pem are absent from certDir. */
  missing: string[];
}

export interface DockerEndpoint {
  /** The endpoint as docker dials it: unix:///…, tcp://host:port, ssh://…, npipe://…, fd://. */
  host: string;
  scheme: 'unix' | 'tcp' | 'ssh' | 'npipe' | 'fd';
  /** Docker context name ("default" for DOCKER_HOST and the socket). */
  context: string;
  /** Where the endpoint came from, as a user would say it: "DOCKER_HOST", "the --context flag"… */
  source:
    | 'DOCKER_HOST'
    | 'the --context flag'
    | 'DOCKER_CONTEXT'
    | 'currentContext in config.json'
    | 'the default socket';
  /** TLS settings; undefined: no TLS. */
  tls?: EndpointTls;
  /** Variables every docker and buildx child gets on top of the runtime env (undefined: removed). */
  childEnv: Env;
}

export interface EndpointRequest {
  env: Env;
  /** The --context flag / dockerContext option. */
  context?: string;
}

export function resolveEndpoint(request: EndpointRequest): DockerEndpoint {
  const { env } = request;
  const configDir = userDockerConfigDir(env);
  const flag = request.context?.trim() || undefined;
  const dockerHost = env.DOCKER_HOST?.trim() || undefined;
  const named =
    flag !== undefined
      ? { name: flag, source: 'the --context flag' as const }
      : dockerHost !== undefined
      ? undefined
      : env.DOCKER_CONTEXT?.trim()
      ? { name: env.DOCKER_CONTEXT.trim(), source: 'DOCKER_CONTEXT' as const }
      : currentContext(configDir)
      ? { name: currentContext(configDir)!, source: 'currentContext in config.json' as const }
      : undefined;
  // --context wins over DOCKER_HOST in docker/cli; DOCKER_CONTEXT in the child env would not, so it goes.
  const childEnv: Env =
    flag !== undefined ? { DOCKER_CONTEXT: flag, ...(flag === 'default' ? {} : { DOCKER_HOST: undefined }) } : {};
  if (named && named.name !== 'default') return fromContext(named.name, named.source, configDir, childEnv);
  return fromDefaultContext(env, configDir, childEnv);
}

/** The default context: DOCKER_HOST (or the socket) with TLS from DOCKER_TLS_VERIFY/DOCKER_TLS/DOCKER_CERT_PATH. */
function fromDefaultContext(env: Env, configDir: string, childEnv: Env): DockerEndpoint {
  const raw = env.DOCKER_HOST?.trim() || undefined;
  // docker/cli: any non-empty DOCKER_TLS_VERIFY (even "0") turns TLS on with verification.
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  let tlsOn = verify || Boolean(env.DOCKER_TLS);
  let certDir = env.DOCKER_CERT_PATH || configDir;
  let certDirFrom = env.DOCKER_CERT_PATH ? 'DOCKER_CERT_PATH' : 'the docker config dir';
  const parsed = parseDockerHost(raw ?? DEFAULT_SOCKET, 'DOCKER_HOST');
  const extra: Env = {};
  // The docker image's entrypoint convention (GitLab's dind docs rely on it): a tcp host, no TLS
  // variables, and client certificates under $DOCKER_TLS_CERTDIR/client mean TLS with those.
  const certdir = env.DOCKER_TLS_CERTDIR?.trim();
  if (
    parsed.scheme === 'tcp' &&
    !env.DOCKER_TLS_VERIFY &&
    !env.DOCKER_CERT_PATH &&
    certdir &&
    missingTlsFiles(path.join(certdir, 'client')).length === 0
  ) {
    tlsOn = true;
    certDir = path.join(certdir, 'client');
    certDirFrom = 'DOCKER_TLS_CERTDIR';
    Object.assign(extra, { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certDir });
  }
  const tls =
    tlsOn && parsed.scheme === 'tcp'
      ? {
          verify: verify || certDirFrom === 'DOCKER_TLS_CERTDIR',
          certDir,
          certDirFrom,
          missing: missingTlsFiles(certDir),
        }
      : undefined;
  return {
    host: raw ?? DEFAULT_SOCKET,
    scheme: parsed.scheme,
    context: 'default',
    source: raw ? 'DOCKER_HOST' : 'the default socket',
    tls,
    childEnv: { ...childEnv, ...extra },
  };
}

/** A named context from the store: contexts/meta/<sha256(name)>/meta.json, TLS under contexts/tls/<sha256>/docker. */
function fromContext(name: string, source: DockerEndpoint['source'], configDir: string, childEnv: Env): DockerEndpoint {
  const id = createHash('sha256').update(name).digest('hex');
  const metaFile = path.join(configDir, 'contexts', 'meta', id, 'meta.json');
  const fix =
    `run "docker context ls" to see the contexts in ${configDir}; create it with ` +
    `"docker context create ${name} --docker host=…", or name another`;
  const field =
    source === 'the --context flag'
      ? 'dockerContext'
      : source === 'DOCKER_CONTEXT'
      ? 'DOCKER_CONTEXT'
      : `${path.join(configDir, 'config.json')} currentContext`;
  let meta: { Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } } };
  try {
    meta = JSON.parse(readFileSync(metaFile, 'utf8'));
  } catch (error) {
    const absent = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ConfigError([
      {
        path: field,
        message: `docker context "${name}" ${
          absent ? 'does not exist' : `cannot be read (${metaFile}: ${(error as Error).message})`
        }`,
        hint: fix,
      },
    ]);
  }
  const endpoint = meta.Endpoints?.docker;
  if (!endpoint?.Host)
    throw new ConfigError([
      { path: field, message: `docker context "${name}" has no docker endpoint (${metaFile})`, hint: fix },
    ]);
  const parsed = parseDockerHost(endpoint.Host, `docker context "${name}"`);
  const tlsDir = path.join(configDir, 'contexts', 'tls', id, 'docker');
  const missing = missingTlsFiles(tlsDir);
  const hasTls = missing.length < TLS_FILES.length || endpoint.SkipTLSVerify === true;
  const tls =
    parsed.scheme === 'tcp' && hasTls
      ? { verify: endpoint.SkipTLSVerify !== true, certDir: tlsDir, certDirFrom: `context "${name}"`, missing }
      : undefined;
  return { host: endpoint.Host, scheme: parsed.scheme, context: name, source, tls, childEnv };
}

function currentContext(configDir: string): string | undefined {
  try {
    const config = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')) as {
      currentContext?: unknown;
    };
    return typeof config.currentContext === 'string' && config.currentContext !== ''
      ? config.currentContext
      : undefined;
  } catch {
    return undefined; // no or unreadable config: docker/cli falls back to the default context too
  }
}

function missingTlsFiles(dir: string): string[] {
  return TLS_FILES.filter((f) => !existsSync(path.join(dir, f)));
}

/** One line for messages and doctor: `DOCKER_HOST=tcp://…:2376 (TLS, verified, certificates from …)`. */
export function describeEndpoint(e: DockerEndpoint): string {
  const where =
    e.source === 'DOCKER_HOST'
      ? `DOCKER_HOST=${e.host}`
      : e.source === 'the default socket'
      ? `the default socket ${e.host}`
      : `${e.host} (docker context "${e.context}" from ${e.source})`;
  return `${where}, ${tlsState(e)}`;
}

export function tlsState(e: DockerEndpoint): string {
  if (e.scheme === 'ssh') return 'over ssh';
  if (e.scheme !== 'tcp') return 'local socket';
  if (!e.tls) return 'plain TCP without TLS';
  const files =
    e.tls.missing.length === 0
      ? `certificates from ${e.tls.certDir} (${e.tls.certDirFrom})`
      : `${e.tls.missing.join(', ')} missing from ${e.tls.certDir} (${e.tls.certDirFrom})`;
  return `TLS${e.tls.verify ? ' verified' : ' without verification'}, ${files}`;
}

/** The env of every docker/buildx child: the runtime's with the endpoint's variables applied. */
export function withEndpointEnv(env: Env, endpoint: DockerEndpoint): Env {
  const out: Env = { ...env };
  for (const [key, value] of Object.entries(endpoint.childEnv)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}
