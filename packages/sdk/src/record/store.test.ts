// The registry record store's write: both blobs upload at once, the manifest only after both. The
// registry is a real HTTP server on loopback that holds the first blob's PUT until the second arrives.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { registryRecordStore } from './store.js';

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

test('the record blobs upload concurrently, then the manifest', async () => {
  const events: string[] = [];
  const held: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const upload = `/v2/app/cache/blobs/uploads/${events.length}`;
      if (req.method === 'POST') return res.writeHead(202, { Location: upload }).end();
      if (req.url?.includes('/blobs/uploads/')) {
        events.push('blob');
        const answer = () => res.writeHead(201).end();
        // The first blob waits for the second: an upload one after the other never finishes.
        if (held.length === 0 && events.filter((e) => e === 'blob').length === 1) return held.push(answer);
        answer();
        held.splice(0).forEach((a) => a());
        return;
      }
      events.push(`${req.method} manifest`);
      res.writeHead(201).end();
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const ref = `127.0.0.1:${(server.address() as AddressInfo).port}/app/cache:main`;
  const store = registryRecordStore([], ref, []);
  await store.write({ version: 1, createdAt: new Date(0).toISOString(), baseImages: {}, steps: [] });
  expect(events).toEqual(['blob', 'blob', 'PUT manifest']);
  expect(store.insideCache).toBe(false);
});

/** A stand-in registry that keeps blobs by digest and manifests by tag; a manifest naming a missing blob is refused. */
async function memoryRegistry() {
  const blobs = new Map<string, Buffer>();
  const manifests = new Map<string, string>();
  const log: string[] = [];
  let uploads = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      const body = Buffer.concat(chunks);
      log.push(`${req.method} ${url.pathname.replace(/uploads\/\d+/, 'uploads/N')}`);
      if (req.method === 'POST')
        return res.writeHead(202, { Location: `/v2/app/cache/blobs/uploads/${uploads++}` }).end();
      if (req.method === 'PUT' && url.pathname.includes('/blobs/uploads/')) {
        blobs.set(url.searchParams.get('digest')!, body);
        return res.writeHead(201).end();
      }
      const tag = url.pathname.split('/manifests/')[1];
      const blob = url.pathname.split('/blobs/')[1];
      if (req.method === 'PUT' && tag) {
        const named = JSON.parse(body.toString()) as { config: { digest: string }; layers: Array<{ digest: string }> };
        if (![named.config, ...named.layers].every((d) => blobs.has(d.digest)))
          return res.writeHead(400).end('{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN"}]}');
        manifests.set(tag, body.toString());
        return res.writeHead(201).end();
      }
      if (req.method === 'GET' && tag && manifests.has(tag))
        return res
          .writeHead(200, { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' })
          .end(manifests.get(tag));
      if (req.method === 'GET' && blob && blobs.has(blob)) return res.writeHead(200).end(blobs.get(blob));
      res.writeHead(404).end();
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const ref = `127.0.0.1:${(server.address() as AddressInfo).port}/app/cache`;
  return { ref, blobs, manifests, log };
}

const record = (createdAt: string, instruction = 'RUN make') => ({
  version: 1 as const,
  createdAt,
  baseImages: {},
  steps: [{ key: 'build#1', instruction, buildArgs: {}, builtMs: 10 }],
});

test('a record whose steps did not change is re-dated with its manifest alone; the time reads back', async () => {
  const r = await memoryRegistry();
  await registryRecordStore([], `${r.ref}:main`, []).write(record('2026-12-01T00:00:00.000Z'));
  const next = registryRecordStore([`${r.ref}:main`], `${r.ref}:main`, []);
  expect((await next.read())?.createdAt).toBe('2026-12-01T00:00:00.000Z');
  r.log.length = 0;
  await next.write(record('2026-12-02T00:00:00.000Z'));
  expect(r.log).toEqual(['PUT /v2/app/cache/manifests/main.record']);
  const again = await registryRecordStore([`${r.ref}:main`], undefined, []).read();
  expect(again).toEqual(record('2026-12-02T00:00:00.000Z'));
});

test('a changed step uploads its blob; a manifest refused for a missing blob uploads them after all', async () => {
  const r = await memoryRegistry();
  await registryRecordStore([], `${r.ref}:main`, []).write(record('2026-12-01T00:00:00.000Z'));
  const changed = registryRecordStore([`${r.ref}:main`], `${r.ref}:main`, []);
  await changed.read();
  r.log.length = 0;
  await changed.write(record('2026-12-02T00:00:00.000Z', 'RUN make all'));
  expect(r.log.filter((l) => l.startsWith('PUT /v2/app/cache/blobs'))).toHaveLength(2);
  // The blobs vanish (a prune elsewhere) between the read and the write of an unchanged record.
  const pruned = registryRecordStore([`${r.ref}:main`], `${r.ref}:main`, []);
  await pruned.read();
  r.blobs.clear();
  r.log.length = 0;
  await pruned.write(record('2026-12-03T00:00:00.000Z', 'RUN make all'));
  expect(r.log[0]).toBe('PUT /v2/app/cache/manifests/main.record'); // refused: 400
  expect(r.log.at(-1)).toBe('PUT /v2/app/cache/manifests/main.record');
  expect((await registryRecordStore([`${r.ref}:main`], undefined, []).read())?.createdAt).toBe(
    '2026-12-03T00:00:00.000Z'
  );
});

test('a record written before the time moved to the manifest keeps the time of its blob', async () => {
  const r = await memoryRegistry();
  const old = Buffer.from(JSON.stringify(record('2026-11-01T00:00:00.000Z')));
  const digest = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
  r.blobs.set(digest(old), old);
  r.blobs.set(digest(Buffer.from('{}')), Buffer.from('{}'));
  r.manifests.set(
    'main.record',
    JSON.stringify({
      schemaVersion: 2,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: digest(Buffer.from('{}')), size: 2 },
      layers: [{ mediaType: 'application/vnd.layercache.record.v1+json', digest: digest(old), size: old.length }],
    })
  );
  expect((await registryRecordStore([`${r.ref}:main`], undefined, []).read())?.createdAt).toBe(
    '2026-11-01T00:00:00.000Z'
  );
});
