// When to give up on a cache import or export: fed vertex states as the tracker makes them.
import { describe, expect, test } from 'vitest';
import type { VertexState } from '../report/progress.js';
import { CacheDeadline } from './cache-deadline.js';

const v = (digest: string, name: string, state: Partial<VertexState> = {}): VertexState => ({
  digest,
  name,
  index: 1,
  inputs: [],
  cached: false,
  started: 't',
  ...state,
});

describe('CacheDeadline', () => {
  test('an export past the limit is given up once the image export is done, not before', () => {
    const d = new CacheDeadline(10_000);
    const exportCache = v('c', 'exporting cache to registry');
    const pushing = v('i', 'exporting to image');
    d.observe([exportCache, pushing], 0);
    expect(d.overrun([exportCache, pushing], 9_999)).toBeUndefined();
    expect(d.overrun([exportCache, pushing], 60_000)).toBeUndefined(); // the push is still running
    const pushed = { ...pushing, completed: 'u' };
    expect(d.overrun([exportCache, pushed], 60_000)).toMatchObject({ phase: 'export', vertex: { digest: 'c' } });
  });

  test('an import past the limit is given up at once; a finished one never', () => {
    const d = new CacheDeadline(5_000);
    const importing = v('m', 'importing cache manifest from r:main');
    d.observe([importing], 1_000);
    expect(d.overrun([importing], 5_999)).toBeUndefined();
    expect(d.overrun([importing], 6_000)).toMatchObject({ phase: 'import' });
    const done = { ...importing, completed: 'u' };
    d.observe([done], 6_000);
    expect(d.overrun([done], 60_000)).toBeUndefined();
  });

  test('limit 0: no limit', () => {
    const d = new CacheDeadline(0);
    const exportCache = v('c', 'exporting cache to client directory');
    d.observe([exportCache], 0);
    expect(d.overrun([exportCache], 1e9)).toBeUndefined();
  });
});
