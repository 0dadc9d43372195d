// Registry token auth (distribution's token spec): a 401 with
// `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` sends the client to the realm for a
// token, with Basic credentials (GET), or with an identity token as an OAuth2 refresh token (POST).
import type { RegistryCredentials } from '../registry/client.js';
import type { HttpFetch, HttpResponse } from '../registry/http-fetch.js';
import { IDENTITY_TOKEN_USER } from './docker-config-file.js';

export interface Challenge {
  scheme: 'basic' | 'bearer' | 'other';
  params: Record<string, string>;
}

/** The first challenge of a WWW-Authenticate header. */
export function parseChallenge(header: string): Challenge {
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  const scheme = m?.[1]?.toLowerCase();
  const params = Object.fromEntries(
    [...(m?.[2] ?? '').matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)].map((p) => [
      p[1]!.toLowerCase(),
      (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1'),
    ])
  );
  return { scheme: scheme === 'basic' || scheme === 'bearer' ? scheme : 'other', params };
}

export function basicHeader(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

/** A token for `scope` from the challenge's realm; undefined when the realm refuses or cannot be reached. */
export async function fetchToken(
  challenge: Challenge,
  scope: string | undefined,
  credentials: RegistryCredentials | undefined,
  fetchImpl: HttpFetch
): Promise<string | undefined> {
  const realm = challenge.params.realm;
  if (!realm) return undefined;
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    return undefined;
  }
  const { service } = challenge.params;
  const wanted = scope ?? challenge.params.scope;
  const timeout = AbortSignal.timeout(15_000);
  let res: HttpResponse | undefined;
  if (credentials?.username === IDENTITY_TOKEN_USER) {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.password,
      client_id: 'layercache',
    });
    if (service) form.set('service', service);
    if (wanted) form.set('scope', wanted);
    res = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      signal: timeout,
    }).catch(() => undefined);
  } else {
    if (service) url.searchParams.set('service', service);
    if (wanted) url.searchParams.set('scope', wanted);
    res = await fetchImpl(url, {
      headers: credentials ? { Authorization: basicHeader(credentials) } : {},
      signal: timeout,
    }).catch(() => undefined);
  }
  if (!res?.ok) return undefined;
  const json = (await res.json().catch(() => ({}))) as { token?: unknown; access_token?: unknown };
  const token = json.token ?? json.access_token;
  return typeof token === 'string' && token !== '' ? token : undefined;
}
