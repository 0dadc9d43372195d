// settleImageCache: the build record and the backend's commit run at once, except when the record is
// written into what the commit swaps in (local's snapshot). The record store and the backend's commit
// are stand-ins that log when they start and end: the order is what is checked, not the stores.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { backends } from '../backends/index.js';
import { loginsOnly } from '../credentials/source.js';
import { planBuild } from '../plan/build-plan.js';
import { defaultFacts } from '../plan/facts.js';
import { buildReport } from '../report/build-report.js';
import { settleImageCache, type OpenImageCache } from './image-cache.js';

const tick = () => new Promise((r) => setTimeout(r, 20));

async function settleWith(insideCache: boolean): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-settle-'));
  await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
  const facts = defaultFacts({ cwd: dir, runId: 'settle' });
  const cache = { backend: 'local' as const, dir: path.join(dir, 'cache'), keys: { branch: 'main' } };
  const plan = planBuild({ cache }, facts);
  const events: string[] = [];
  const timed = async (name: string) => {
    events.push(`${name} start`);
    await tick();
    events.push(`${name} end`);
  };
  const open: OpenImageCache = {
    plan,
    source: { context: dir, dockerfile: path.join(dir, 'Dockerfile'), buildArgs: {} },
    backend: {
      ...backends.local,
      commit: async () => {
        await timed('commit');
        return { warnings: [], notes: [] };
      },
    },
    input: { options: plan.options, keys: plan.keys, facts },
    records: { insideCache, read: async () => undefined, write: () => timed('record') },
    previous: Promise.resolve(undefined),
    readBlobs: Promise.resolve(undefined),
    released: false,
  };
  const { cacheFrom, cacheTo, reads, writes } = plan;
  const report = buildReport([], { backend: 'local', cacheFrom, cacheTo, reads, writes, warnings: [] });
  const outcome = { plan, vertices: [], succeeded: true, readsDropped: false, notes: [] };
  const log = { info() {}, warn() {} };
  const ctx = { facts, cwd: dir, credentials: loginsOnly([]), log, redact: (s: string) => s };
  await settleImageCache(open, outcome, report, ctx);
  return events;
}

test('a record beside the cache is saved while the backend commits', async () => {
  const events = await settleWith(false);
  expect(events.slice(0, 2).sort()).toEqual(['commit start', 'record start']);
  expect(events).toHaveLength(4);
});

test('a record inside the cache the commit swaps in is saved first', async () => {
  expect(await settleWith(true)).toEqual(['record start', 'record end', 'commit start', 'commit end']);
});
