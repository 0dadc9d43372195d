// httpFetch against real local HTTP servers (no mocks): the subset of fetch the registry client uses.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { httpFetch, serverName } from './http-fetch.js';

const seen: Array<{ server: string; method: string; url: string; auth?: string; body: string }> = [];
const servers: http.Server[] = [];
let a = '';
let b = '';

function serve(
  name: string,
  handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void,
): Promise<string> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ server: name, method: req.method!, url: req.url!, auth: req.headers.authorization, body });
      handler(req, res, body);
    });
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

beforeAll(async () => {
  b = await serve('b', (_req, res) => res.end('from b'));
  a = await serve('a', (req, res, body) => {
    if (req.url === '/json')
      return res
        .writeHead(200, { 'Content-Type': 'application/json', 'Docker-Content-Digest': 'sha256:x' })
        .end('{"ok":1}');
    if (req.url === '/echo') return res.writeHead(201).end(`${req.method} ${body}`);
    if (req.url === '/same') return res.writeHead(307, { Location: '/json' }).end();
    if (req.url === '/other') return res.writeHead(302, { Location: `${b}/blob` }).end();
    if (req.url === '/see-other') return res.writeHead(303, { Location: '/echo' }).end();
    res.writeHead(404).end('missing');
  });
});
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

describe('httpFetch', () => {
  test('status, ok, headers and the body as text, JSON and bytes', async () => {
    const res = await httpFetch(`${a}/json`);
    expect([res.status, res.ok, res.headers.get('Docker-Content-Digest')]).toEqual([200, true, 'sha256:x']);
    expect(await res.json()).toEqual({ ok: 1 });
    expect(Buffer.from(await (await httpFetch(`${a}/json`)).arrayBuffer()).toString()).toBe('{"ok":1}');
    const missing = await httpFetch(new URL(`${a}/nope`), { method: 'HEAD' });
    expect([missing.status, missing.ok, missing.headers.get('x-absent')]).toEqual([404, false, null]);
  });

  test('sends the method and body', async () => {
    const res = await httpFetch(`${a}/echo`, { method: 'PUT', body: new Uint8Array(Buffer.from('bytes')) });
    expect([res.status, await res.text()]).toEqual([201, 'PUT bytes']);
  });

  test('follows redirects; Authorization goes to the same origin only', async () => {
    seen.length = 0;
    expect(await (await httpFetch(`${a}/same`, { headers: { Authorization: 'Bearer t' } })).json()).toEqual({ ok: 1 });
    expect(await (await httpFetch(`${a}/other`, { headers: { Authorization: 'Bearer t' } })).text()).toBe('from b');
    expect(seen.map((s) => [s.server, s.url, s.auth])).toEqual([
      ['a', '/same', 'Bearer t'],
      ['a', '/json', 'Bearer t'],
      ['a', '/other', 'Bearer t'],
      ['b', '/blob', undefined],
    ]);
  });

  test('303 turns a POST into a GET without its body', async () => {
    const res = await httpFetch(`${a}/see-other`, { method: 'POST', body: 'data' });
    expect(await res.text()).toBe('GET ');
  });

  test('a refused connection and an abort reject', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await expect(httpFetch(`http://127.0.0.1:${port}/`)).rejects.toThrow(/ECONNREFUSED/);
    await expect(httpFetch(`${a}/json`, { signal: AbortSignal.abort() })).rejects.toThrow(/abort/i);
  });
});

describe('serverName: what node would send as SNI, without its IPv6 test', () => {
  test.each([
    ['registry.example.com', true, 'registry.example.com'],
    ['docker', true, 'docker'],
    ['127.0.0.1', true, ''],
    ['[::1]', true, ''],
    ['::1', true, ''],
    ['registry.example.com', false, ''],
    [undefined, true, ''],
  ] as const)('%s (tls %s) -> %j', (host, tls, name) => {
    expect(serverName(host, tls)).toBe(name);
  });
});
