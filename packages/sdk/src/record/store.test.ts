// The registry record store's write: both blobs upload at once, the manifest only after both. The
// registry is a real HTTP server on loopback that holds the first blob's PUT until the second arrives.
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
