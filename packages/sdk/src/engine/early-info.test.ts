// askEngineEarly against a real stand-in daemon (HTTP on a unix socket; no mocks): the early answer is
// used once and only for its own endpoint; the caller's time limit holds; dispose ends an untaken request.
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { askEngineEarly, sameEndpoint } from './early-info.js';
import { resolveEndpoint } from './endpoint.js';

let socket = '';
let requests = 0;
let served = 0; // never reset: names each request across tests
let hold = false;
const held: http.ServerResponse[] = [];
const closed: string[] = [];
const server = http.createServer((req, res) => {
  requests++;
  const id = ++served;
  res.on('close', () => closed.push(`${id} ${res.writableEnded ? 'answered' : 'dropped'}`));
  if (hold) return held.push(res);
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ServerVersion: `v${requests}` }));
});

beforeAll(async () => {
  socket = path.join(mkdtempSync(path.join(os.tmpdir(), 'lc-early-')), 'docker.sock');
  await new Promise<void>((r) => server.listen(socket, r));
});
afterAll(() => {
  for (const res of held) res.destroy();
  return new Promise((r) => server.close(r));
});
beforeEach(() => {
  requests = 0;
  hold = false;
  closed.length = 0;
});

const env = () => ({ DOCKER_HOST: `unix://${socket}`, HOME: os.tmpdir() });
const limit = () => AbortSignal.timeout(5_000);

test('the early request answers the first preflight of the same endpoint, without asking twice', async () => {
  const early = askEngineEarly(env(), undefined)!;
  const endpoint = resolveEndpoint({ env: env() });
  expect(await early.source(endpoint, limit())).toEqual({ ServerVersion: 'v1' });
  expect(requests).toBe(1);
  // Taken once: a second preflight asks the engine again.
  expect(await early.source(endpoint, limit())).toEqual({ ServerVersion: 'v2' });
  early.dispose();
});

test('another endpoint than the one guessed is asked itself', async () => {
  const early = askEngineEarly({ ...env(), DOCKER_HOST: `unix://${socket}.other` }, undefined)!;
  const answer = await early.source(resolveEndpoint({ env: env() }), limit());
  expect(answer).toEqual({ ServerVersion: 'v1' }); // the stand-in's first request: the guess found no daemon
  expect(requests).toBe(1);
  early.dispose();
});

test('a bad endpoint starts nothing: the run reports it', () => {
  expect(askEngineEarly({ DOCKER_HOST: 'nonsense://x', HOME: os.tmpdir() }, undefined)).toBeUndefined();
  expect(requests).toBe(0);
});

test("the caller's time limit still holds for the early answer", async () => {
  hold = true;
  const early = askEngineEarly(env(), undefined)!;
  const cut = new AbortController();
  const answer = early.source(resolveEndpoint({ env: env() }), cut.signal);
  await new Promise((r) => setTimeout(r, 50));
  cut.abort(new Error('no answer within 30 s'));
  await expect(answer).rejects.toThrow('no answer within 30 s');
  early.dispose();
});

test('dispose drops a request nobody took (bad input ended the run before preflight)', async () => {
  hold = true;
  const early = askEngineEarly(env(), undefined)!;
  await new Promise((r) => setTimeout(r, 50));
  expect(requests).toBe(1);
  const id = served;
  expect(closed).not.toContain(`${id} dropped`);
  early.dispose();
  await new Promise((r) => setTimeout(r, 50));
  expect(closed).toContain(`${id} dropped`);
});

test('sameEndpoint: the address and the TLS files and verification', () => {
  const tcp = (extra: Record<string, string> = {}) =>
    resolveEndpoint({ env: { DOCKER_HOST: 'tcp://127.0.0.1:2376', HOME: os.tmpdir(), ...extra } });
  expect(sameEndpoint(tcp(), tcp())).toBe(true);
  expect(sameEndpoint(tcp(), tcp({ DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }))).toBe(false);
  const verified = tcp({ DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' });
  expect(sameEndpoint(verified, tcp({ DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/other' }))).toBe(false);
  expect(sameEndpoint(verified, tcp({ DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }))).toBe(true);
});
