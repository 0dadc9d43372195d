// When a build fails because the engine's BuildKit state is damaged, say exactly what fixes it.
// Seen with Moby 26's embedded BuildKit after it imported a cache layer whose bytes did not match
// its digest ("unexpected commit digest"): the failed import leaves a cache record whose lease is
// gone, and every later build on that engine fails with `lease "<id>": not found`, with or without
// a cache. `docker buildx prune` cannot remove that record. Pure.

/** The fix for a damaged engine state, or undefined when the build failed for another reason. */
export function engineDamageHint(stderr: string): string | undefined {
  const lease = /lease "([^"]+)": not found/.exec(stderr)?.[1];
  if (lease !== undefined) {
    return (
      `[layercache] the Docker engine's build cache is damaged: BuildKit keeps a record whose lease ${lease} is gone ` +
      '(left by an earlier import of a corrupted cache), so every build on this engine fails until it is repaired. ' +
      '`docker buildx prune` does not remove it. Fix: restart the Docker daemon (e.g. `systemctl restart docker`), or, ' +
      `to build again without a restart, recreate the lease on the engine host: \`ctr -n moby leases create --id ${lease} -x 0\` ` +
      '(with `-a` set to dockerd\'s containerd socket), then `docker buildx prune --all --force`; the records it kept ' +
      '(a few MB, which no prune removes) go at the next daemon restart.'
    );
  }
  if (/unexpected commit digest/.test(stderr)) {
    return (
      '[layercache] a cache layer did not match its digest (a corrupted cache was read). Check the cache it read ' +
      '(layercache checks local snapshots before a build; raw --cache-from entries are passed on unchecked). If later ' +
      'builds on this engine fail with `lease "…": not found`, restart the Docker daemon.'
    );
  }
  return undefined;
}
