// The registry client's HTTP, on node:http/https instead of the global fetch. Node's fetch is undici,
// loaded on first use: about 16 MB of RSS and 100-150 ms of CPU for the handful of small requests a
// build makes (cache HEADs, the build record). This is the subset of fetch the client uses: method,
// headers, a body, an abort signal, redirects followed (Authorization dropped across origins, as fetch
// does), and a response with status, ok, headers.get and text/json/arrayBuffer.
import http from 'node:http';
import https from 'node:https';

export interface HttpRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What RegistryClient and fetchToken call: the global fetch fits too (tests pass fakes of it). */
export type HttpFetch = (url: string | URL, init?: HttpRequestInit) => Promise<HttpResponse>;

const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export const httpFetch: HttpFetch = async (input, init = {}) => {
  let url = new URL(String(input));
  let { method = 'GET', headers = {}, body } = init;
  for (let hop = 0; ; hop++) {
    const res = await once(url, method, headers, body, init.signal);
    const location = res.headers.get('location');
    if (!REDIRECTS.has(res.status) || !location || hop >= MAX_REDIRECTS) return res;
    const next = new URL(location, url);
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
      method = method === 'HEAD' ? 'HEAD' : 'GET';
      body = undefined;
    }
    if (next.origin !== url.origin) headers = withoutAuthorization(headers);
    url = next;
  }
};

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
}

function once(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Uint8Array | string | undefined,
  signal?: AbortSignal,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const servername = serverName(url.hostname, url.protocol === 'https:');
    const req = client.request(url, { method, headers, signal, servername }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const data = Buffer.concat(chunks);
        const status = res.statusCode ?? 0;
        resolve({
          status,
          ok: status >= 200 && status < 300,
          headers: { get: (name) => headerValue(res.headers[name.toLowerCase()]) },
          text: async () => data.toString('utf8'),
          json: async () => JSON.parse(data.toString('utf8')) as unknown,
          arrayBuffer: async () =>
            data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
        });
      });
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : body);
  });
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The TLS server name, as node's agent would choose it: the host, unless it is an IP literal (none
 * without TLS). Given, so the agent does not test the host against its IPv6 pattern, whose first
 * match costs ~4 ms of regex compiling before the request's first byte is sent.
 */
export function serverName(host: string | null | undefined, tls: boolean): string {
  if (!tls || !host || host.includes(':') || /^\d+\.\d+\.\d+\.\d+$/.test(host)) return '';
  return host;
}
