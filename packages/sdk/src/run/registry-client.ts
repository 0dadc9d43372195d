// A minimal distribution v2 registry client (fetch): ping, manifest HEAD/GET/PUT, blob upload,
// with anonymous, basic and bearer-token auth. Used by doctor (does the cache ref exist? can we
// authenticate?) and by the build-record store. Credentials never appear in errors.

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

/**
 * A client for the registry `ref` lives in, logged in with the matching entry of `logins` (if any),
 * and the ref's parts. `timeoutMs` bounds each request (a stalled registry must not hold a build).
 */
export function registryClientFor(ref: string, logins: ReadonlyArray<RegistryCredentials & { registry: string }>, timeoutMs = REQUEST_TIMEOUT_MS): RegistryRef & { client: RegistryClient } {
  const parts = splitRef(ref);
  return { ...parts, client: new RegistryClient(parts.registry, logins.find((l) => l.registry === parts.registry), fetch, timeoutMs) };
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
  private token: string | undefined;

  constructor(
    readonly registry: string,
    private readonly credentials?: RegistryCredentials,
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {}

  /** GET /v2/: reachable, and are the credentials (if any) accepted? */
  async ping(): Promise<RegistryAnswer> {
    return this.answer(await this.request('GET', '/v2/', undefined, 'registry:catalog:*'));
  }

  /** HEAD the manifest: exists (ok), absent (not-found), or denied. */
  async manifestExists(repository: string, reference: string): Promise<RegistryAnswer> {
    return this.answer(await this.request('HEAD', `/v2/${repository}/manifests/${reference}`, { Accept: MANIFEST_TYPES }, `repository:${repository}:pull`));
  }

  /** The manifest, parsed (`body`) and as sent (`raw`, `mediaType`: what a PUT needs to restore it byte for byte). */
  async getManifest(repository: string, reference: string): Promise<{ answer: RegistryAnswer; body?: unknown; raw?: string; mediaType?: string; digest?: string }> {
    const res = await this.request('GET', `/v2/${repository}/manifests/${reference}`, { Accept: MANIFEST_TYPES }, `repository:${repository}:pull`);
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
      mediaType: typeof mediaType === 'string' ? mediaType : (res.headers.get('content-type') ?? undefined),
      digest: res.headers.get('docker-content-digest') ?? undefined,
    };
  }

  async getBlob(repository: string, digest: string): Promise<{ answer: RegistryAnswer; data?: Buffer }> {
    const res = await this.request('GET', `/v2/${repository}/blobs/${digest}`, undefined, `repository:${repository}:pull`);
    const answer = this.answer(res);
    if (answer.status !== 'ok' || !res) return { answer };
    return { answer, data: Buffer.from(await res.arrayBuffer()) };
  }

  async blobExists(repository: string, digest: string): Promise<RegistryAnswer> {
    return this.answer(await this.request('HEAD', `/v2/${repository}/blobs/${digest}`, undefined, `repository:${repository}:pull`));
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
    return this.answer(await this.request('PUT', url.pathname + url.search, { 'Content-Type': 'application/octet-stream' }, scope, data), 201);
  }

  async putManifest(repository: string, reference: string, mediaType: string, body: string): Promise<RegistryAnswer> {
    return this.answer(await this.request('PUT', `/v2/${repository}/manifests/${reference}`, { 'Content-Type': mediaType }, `repository:${repository}:pull,push`, Buffer.from(body)), 201);
  }

  private answer(res: Response | undefined, okStatus?: number): RegistryAnswer {
    if (!res) return { status: 'unreachable', detail: this.lastError };
    const ok = okStatus ? res.status === okStatus || (res.status >= 200 && res.status < 300) : res.status >= 200 && res.status < 300;
    if (ok) return { status: 'ok', httpStatus: res.status };
    if (res.status === 401) return { status: 'unauthorized', httpStatus: 401 };
    if (res.status === 403) return { status: 'forbidden', httpStatus: 403 };
    if (res.status === 404) return { status: 'not-found', httpStatus: 404 };
    return { status: 'error', httpStatus: res.status };
  }

  private lastError: string | undefined;

  private async request(method: string, pathAndQuery: string, headers: Record<string, string> = {}, scope?: string, body?: Uint8Array): Promise<Response | undefined> {
    const url = `${registryBaseUrl(this.registry)}${pathAndQuery}`;
    const send = () =>
      this.fetchImpl(url, { method, headers: { ...headers, ...this.authHeader() }, body: body && new Uint8Array(body), signal: AbortSignal.timeout(this.timeoutMs) }).catch((error: Error) => {
        this.lastError = (error.cause as Error | undefined)?.message ?? error.message;
        return undefined;
      });
    let res = await send();
    if (res?.status === 401 && (await this.authenticate(res.headers.get('www-authenticate') ?? '', scope))) res = await send();
    return res;
  }

  private authHeader(): Record<string, string> {
    if (this.token) return { Authorization: `Bearer ${this.token}` };
    if (this.credentials) return { Authorization: `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}` };
    return {};
  }

  /** Bearer token flow (Docker Hub, GitLab, GHCR…): ask the realm for a token for this scope. */
  private async authenticate(challenge: string, scope?: string): Promise<boolean> {
    if (!/^bearer /i.test(challenge)) return false;
    const params = Object.fromEntries([...challenge.slice(7).matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    if (!params.realm) return false;
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set('service', params.service);
    if (scope ?? params.scope) url.searchParams.set('scope', (scope ?? params.scope)!);
    const headers: Record<string, string> = this.credentials ? { Authorization: `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}` } : {};
    const res = await this.fetchImpl(url, { headers, signal: AbortSignal.timeout(this.timeoutMs) }).catch(() => undefined);
    if (!res?.ok) return false;
    const json = (await res.json().catch(() => ({}))) as { token?: string; access_token?: string };
    this.token = json.token ?? json.access_token;
    return this.token !== undefined;
  }
}
