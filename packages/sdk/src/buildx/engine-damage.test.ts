// The hint for a damaged engine, fed with the error lines Docker 26.1 (BuildKit 0.13) printed here.
import { describe, expect, test } from 'vitest';
import { engineDamageHint } from './engine-damage.js';

describe('engineDamageHint', () => {
  test('a lost lease: names the lease and both fixes (restart, or recreate it with ctr, then prune)', () => {
    const hint = engineDamageHint('ERROR: failed to solve: lease "0yhzgj5v6eryg0o4qk3zyt4v2": not found\n');
    expect(hint).toContain('restart the Docker daemon');
    expect(hint).toContain('ctr -n moby leases create --id 0yhzgj5v6eryg0o4qk3zyt4v2 -x 0');
    expect(hint).toContain('docker buildx prune --all --force');
  });

  test('a layer that does not match its digest', () => {
    const stderr =
      'ERROR: failed to solve: failed to compute cache key: failed commit on ref "layer-sha256:d8a6": commit failed: unexpected commit digest sha256:0aaa, expected sha256:d8a6: failed precondition';
    expect(engineDamageHint(stderr)).toMatch(/did not match its digest/);
  });

  test('an ordinary build failure gets no hint', () => {
    expect(
      engineDamageHint(
        'ERROR: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3'
      )
    ).toBeUndefined();
  });
});
