// The registry backend's lookups before a run, against a stand-in registry (a real HTTP server on
// loopback): the `.prev` tags that exist, and the write tag's manifest, asked alongside each other so
// that prepare, after planning, has no round trip left to make before the build starts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { resolveCacheKeys } from '../../keys/resolve.js';
import { parseOptions } from '../../options/parse.js';
import { defaultFacts } from '../../plan/facts.js';
import { registryBackend } from './backend.js';
import { findRegistryPrevious } from './previous.js';

const MANIFEST = '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}';
const asked: string[] = [];
const server = http.createServer((req, res) => {
  asked.push(`${req.method} ${req.url}`);
  if (req.url === '/v2/app/cache/manifests/main')
    return res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.index.v1+json' }).end(MANIFEST);
  if (req.url === '/v2/app/cache/manifests/main.prev') return res.writeHead(200).end();
  res.writeHead(404).end();
});
let ref = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  ref = `127.0.0.1:${(server.address() as AddressInfo).port}/app/cache`;
});
afterAll(() => new Promise((r) => server.close(r)));
beforeEach(() => {
  asked.length = 0;
});

const optionsFor = (branch: string) =>
  parseOptions({ tags: [], cache: { backend: 'registry', ref, keys: { branch, defaultBranch: 'main' } } });

test('finds the .prev tags that exist and the manifest the write tag holds', async () => {
  const options = optionsFor('main');
  const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
  const found = await findRegistryPrevious({ cache: options.cache, keys, cwd: '/', credentials: [] });
  expect([...found.previous!]).toEqual([`${ref}:main.prev`]);
  expect([...found.heldBefore!]).toEqual([
    [`${ref}:main`, { raw: MANIFEST, mediaType: 'application/vnd.oci.image.index.v1+json' }],
  ]);
  expect(asked.sort()).toEqual(['GET /v2/app/cache/manifests/main', 'HEAD /v2/app/cache/manifests/main.prev']);
});

test('a write tag that does not exist yet holds nothing; prepare then asks the registry nothing more', async () => {
  const options = optionsFor('feat-a');
  const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
  const found = await findRegistryPrevious({ cache: options.cache, keys, cwd: '/', credentials: [] });
  expect(found.heldBefore!.size).toBe(0);
  const facts = defaultFacts({ previousCaches: found.previous, heldBefore: found.heldBefore });
  const plan = registryBackend.plan({ options, keys, facts });
  asked.length = 0;
  await registryBackend.prepare!({ options, keys, facts }, plan);
  expect(asked).toEqual([]);
});

test('without the lookups (heldBefore unknown), prepare asks for the write tag itself', async () => {
  const options = optionsFor('main');
  const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
  const facts = defaultFacts();
  await registryBackend.prepare!({ options, keys, facts }, registryBackend.plan({ options, keys, facts }));
  expect(asked).toEqual(['GET /v2/app/cache/manifests/main']);
});
