// A minimal distribution v2 registry client (node:http, run/http-fetch.ts): ping, manifest HEAD/GET/PUT, blob upload,
// with anonymous, basic and bearer-token auth. Used by doctor (does the cache ref exist? can we
// authenticate?) and by the build-record store. Credentials never appear in errors.
// Auth is one layer under every method (`request`): a request goes out with what the run already
// has for its registry and scope (a token, or Basic once the registry asked for it); a 401 is
// answered from the run's CredentialSource (logins, docker config, helpers) and retried once.
import { basicHeader, fetchToken, parseChallenge } from '../credentials/bearer.js';
import { loginsOnly, type CredentialSource, type RegistryLogin } from '../credentials/source.js';
import { httpFetch, type HttpFetch, type HttpResponse } from './http-fetch.js';

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface RegistryRef {
  /** host[:port] */
  registry: string;
  repository: string;
  reference: string;
}

/** Every manifest and index media type a cache or image can have (the Accept header of manifest reads). */
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** Splits `host/repo:tag` (the host must be explicit: caches live in a named registry). */
export function splitRef(ref: string): RegistryRef {
  const slash = ref.indexOf('/');
  const first = slash > 0 ? ref.slice(0, slash) : '';
  const hasHost = first.includes('.') || first.includes(':') || first === 'localhost';
  const registry = hasHost ? first : 'registry-1.docker.io';
  let rest = hasHost ? ref.slice(slash + 1) : ref;
  let reference = 'latest';
  const at = rest.indexOf('@');
  if (at >= 0) {
    reference = rest.slice(at + 1);
    rest = rest.slice(0, at);
  } else if (rest.lastIndexOf(':') > rest.lastIndexOf('/')) {
    reference = rest.slice(rest.lastIndexOf(':') + 1);
    rest = rest.slice(0, rest.lastIndexOf(':'));
  }
  const repository = !hasHost && !rest.includes('/') ? `library/${rest}` : rest;
  return { registry, repository, reference };
}

/** A run's credentials: its CredentialSource, or just explicit logins. */
export type RegistryAuth = CredentialSource | ReadonlyArray<RegistryLogin>;

export function asCredentialSource(
  auth: RegistryAuth | RegistryCredentials | undefined,
  registry = '',
): CredentialSource {
  if (auth === undefined) return loginsOnly([]);
  if ('credentialsFor' in auth) return auth;
  if ('username' in auth) return loginsOnly([{ registry, ...auth }]);
  return loginsOnly(auth);
}

/**
 * A client for the registry `ref` lives in, with the run's credentials, and the ref's parts.
 * `timeoutMs` bounds each request (a stalled registry must not hold a build); `signal` ends them
 * early (a run whose preflight failed cuts its cache lookups short).
 */
export function registryClientFor(
  ref: string,
  auth: RegistryAuth,
  timeoutMs = REQUEST_TIMEOUT_MS,
  signal?: AbortSignal,
): RegistryRef & { client: RegistryClient } {
  const parts = splitRef(ref);
  const fetchImpl = signal ? abortableFetch(httpFetch, signal) : httpFetch;
  return { ...parts, client: new RegistryClient(parts.registry, auth, fetchImpl, timeoutMs) };
}

/** Every request of `fetchImpl` (token exchanges too) also ends when `signal` aborts. */
export function abortableFetch(fetchImpl: HttpFetch, signal: AbortSignal): HttpFetch {
  return (url, init = {}) =>
    fetchImpl(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, signal]) : signal });
}

const REQUEST_TIMEOUT_MS = 15_000;

/** The request bound for a build's own registry calls: 15 s, or cache.timeout when that is shorter (0: no cache limit). */
export function requestTimeoutFor(cacheTimeoutSeconds: number): number {
  return cacheTimeoutSeconds > 0 ? Math.min(REQUEST_TIMEOUT_MS, cacheTimeoutSeconds * 1000) : REQUEST_TIMEOUT_MS;
}

/** Loopback registries speak plain HTTP (as dockerd allows for 127.0.0.0/8); others HTTPS. */
export function registryBaseUrl(registry: string): string {
  const host = registry.replace(/:\d+$/, '');
  const insecure = host === 'localhost' || /^127\./.test(host) || host === '[::1]';
  return `${insecure ? 'http' : 'https'}://${registry}`;
}

export type RegistryStatus = 'ok' | 'unauthorized' | 'forbidden' | 'not-found' | 'unreachable' | 'error';

export interface RegistryAnswer {
  status: RegistryStatus;
  httpStatus?: number;
  detail?: string;
}

export class RegistryClient {
  private readonly auth: CredentialSource;

  constructor(
    readonly registry: string,
    auth?: RegistryAuth | RegistryCredentials,
    private readonly fetchImpl: HttpFetch = httpFetch,
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {
    this.auth = asCredentialSource(auth, registry);
  }

  /** GET /v2/: reachable, and are the credentials (if any) accepted? */
  async ping(): Promise<RegistryAnswer> {
    return this.answer(await this.request('GET', '/v2/', undefined, 'registry:catalog:*'));
  }

  /** HEAD the manifest: exists (ok), absent (not-found), or denied. */
  async manifestExists(repository: string, reference: string): Promise<RegistryAnswer> {
    return this.answer(
      await this.request(
        'HEAD',
        `/v2/${repository}/manifests/${reference}`,
        { Accept: MANIFEST_TYPES },
        `repository:${repository}:pull`,
      ),
    );
  }

  /** The manifest, parsed (`body`) and as sent (`raw`, `mediaType`: what a PUT needs to restore it byte for byte). */
  async getManifest(
    repository: string,
    reference: string,
  ): Promise<{ answer: RegistryAnswer; body?: unknown; raw?: string; mediaType?: string; digest?: string }> {
    const res = await this.request(
      'GET',
      `/v2/${repository}/manifests/${reference}`,
      { Accept: MANIFEST_TYPES },
      `repository:${repository}:pull`,
    );
    const answer = this.answer(res);
    if (answer.status !== 'ok' || !res) return { answer };
    const raw = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return { answer: { status: 'error', httpStatus: res.status, detail: 'the manifest is not JSON' } };
    }
    const mediaType = (body as { mediaType?: unknown }).mediaType;
    return {
      answer,
      body,
      raw,
      mediaType: typeof mediaType === 'string' ? mediaType : res.headers.get('content-type') ?? undefined,
      digest: res.headers.get('docker-content-digest') ?? undefined,
    };
  }

  async getBlob(repository: string, digest: string): Promise<{ answer: RegistryAnswer; data?: Buffer }> {
    const res = await this.request(
      'GET',
      `/v2/${repository}/blobs/${digest}`,
      undefined,
      `repository:${repository}:pull`,
    );
    const answer = this.answer(res);
    if (answer.status !== 'ok' || !res) return { answer };
    return { answer, data: Buffer.from(await res.arrayBuffer()) };
  }

  async blobExists(repository: string, digest: string): Promise<RegistryAnswer> {
    return this.answer(
      await this.request('HEAD', `/v2/${repository}/blobs/${digest}`, undefined, `repository:${repository}:pull`),
    );
  }

  /** Monolithic upload: POST an upload session, then PUT the bytes with their digest. */
  async putBlob(repository: string, digest: string, data: Buffer): Promise<RegistryAnswer> {
    const scope = `repository:${repository}:pull,push`;
    const start = await this.request('POST', `/v2/${repository}/blobs/uploads/`, undefined, scope);
    const started = this.answer(start, 202);
    if (started.status !== 'ok' || !start) return started;
    const location = start.headers.get('location') ?? '';
    const url = new URL(location, registryBaseUrl(this.registry));
    url.searchParams.set('digest', digest);
    return this.answer(
      await this.request('PUT', url.pathname + url.search, { 'Content-Type': 'application/octet-stream' }, scope, data),
      201,
    );
  }

  async putManifest(repository: string, reference: string, mediaType: string, body: string): Promise<RegistryAnswer> {
    return this.answer(
      await this.request(
        'PUT',
        `/v2/${repository}/manifests/${reference}`,
        { 'Content-Type': mediaType },
        `repository:${repository}:pull,push`,
        Buffer.from(body),
      ),
      201,
    );
  }

  /** Every tag of a repository (GET /v2/<name>/tags/list, following `Link` pages); a missing repository has none. */
  async listTags(repository: string): Promise<{ answer: RegistryAnswer; tags: string[] }> {
    const tags: string[] = [];
    let next: string | undefined = `/v2/${repository}/tags/list?n=1000`;
    while (next) {
      const res = await this.request('GET', next, undefined, `repository:${repository}:pull`);
      const answer = this.answer(res);
      if (answer.status === 'not-found') return { answer: { status: 'ok', httpStatus: 404 }, tags };
      if (answer.status !== 'ok' || !res) return { answer, tags };
      const body = (await res.json().catch(() => ({}))) as { tags?: unknown };
      if (Array.isArray(body.tags)) tags.push(...body.tags.filter((t): t is string => typeof t === 'string'));
      next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
    }
    return { answer: { status: 'ok' }, tags };
  }

  /**
   * DELETE /v2/<name>/manifests/<reference>: a digest removes the manifest and every tag on it;
   * a tag removes only that tag where the registry supports it (OCI distribution 1.1).
   * `code` is the registry's error code, e.g. UNSUPPORTED when deletes are disabled (405).
   */
  async deleteManifest(repository: string, reference: string): Promise<RegistryAnswer & { code?: string }> {
    const res = await this.request(
      'DELETE',
      `/v2/${repository}/manifests/${reference}`,
      undefined,
      `repository:${repository}:pull,push,delete`,
    );
    const answer = this.answer(res);
    if (answer.status === 'ok' || !res) return answer;
    const body = (await res.json().catch(() => ({}))) as { errors?: Array<{ code?: string; message?: string }> };
    const first = body.errors?.[0];
    return { ...answer, code: first?.code, detail: first?.message };
  }

  private answer(res: HttpResponse | undefined, okStatus?: number): RegistryAnswer {
    if (!res) return { status: 'unreachable', detail: this.lastError };
    const ok = okStatus
      ? res.status === okStatus || (res.status >= 200 && res.status < 300)
      : res.status >= 200 && res.status < 300;
    if (ok) return { status: 'ok', httpStatus: res.status };
    if (res.status === 401) return { status: 'unauthorized', httpStatus: 401 };
    if (res.status === 403) return { status: 'forbidden', httpStatus: 403 };
    if (res.status === 404) return { status: 'not-found', httpStatus: 404 };
    return { status: 'error', httpStatus: res.status };
  }

  private lastError: string | undefined;

  private async request(
    method: string,
    pathAndQuery: string,
    headers: Record<string, string> = {},
    scope?: string,
    body?: Uint8Array,
  ): Promise<HttpResponse | undefined> {
    const url = `${registryBaseUrl(this.registry)}${pathAndQuery}`;
    const send = (authorization: string | undefined) =>
      this.fetchImpl(url, {
        method,
        headers: { ...headers, ...(authorization ? { Authorization: authorization } : {}) },
        body: body && new Uint8Array(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      }).catch((error: Error) => {
        this.lastError = (error.cause as Error | undefined)?.message ?? error.message;
        return undefined;
      });
    let res = await send(await this.knownAuthorization(scope));
    if (res?.status === 401) {
      const authorization = await this.answerChallenge(res.headers.get('www-authenticate') ?? '', scope);
      if (authorization) res = await send(authorization);
    }
    return res;
  }

  private tokenKey(scope: string | undefined): string {
    return `${this.registry} ${scope ?? ''}`;
  }

  /** What this run already holds for the registry and scope: a bearer token, or Basic for a Basic registry. */
  private async knownAuthorization(scope: string | undefined): Promise<string | undefined> {
    const token = this.auth.tokens.get(this.tokenKey(scope));
    if (token) return `Bearer ${token}`;
    if (!this.auth.basicRegistries.has(this.registry)) return undefined;
    const credentials = await this.auth.credentialsFor(this.registry);
    return credentials && basicHeader(credentials);
  }

  /** The Authorization a 401's challenge asks for, from the run's credentials (Basic, or a bearer token from the realm). */
  private async answerChallenge(header: string, scope: string | undefined): Promise<string | undefined> {
    const challenge = parseChallenge(header);
    if (challenge.scheme === 'other') return undefined;
    const credentials = await this.auth.credentialsFor(this.registry);
    if (challenge.scheme === 'basic') {
      if (!credentials) return undefined;
      this.auth.basicRegistries.add(this.registry);
      return basicHeader(credentials);
    }
    const token = await fetchToken(challenge, scope, credentials, this.fetchImpl);
    if (!token) return undefined;
    this.auth.tokens.set(this.tokenKey(scope), token);
    return `Bearer ${token}`;
  }
}
