// The cache settings every adapter passes on as the user wrote them, read from the variables the
// adapter's option-name table gives them: one place, so a new cache option reaches every platform
// by one line in each table. The SDK validates the values; its errors are renamed the same way.
import type { BuildOptionsInput } from '../options/schema.js';
import { definedOnly, type EnvReader } from './env-reader.js';
import type { OptionNames } from './option-names.js';

type Cache = NonNullable<BuildOptionsInput['cache']>;
export type SharedCacheSettings = Pick<Cache, 'timeout' | 'mounts' | 'mountsMaxSizeMb'>;

/** cache.timeout, cache.mounts (auto | off | comma-separated ids) and cache.mountsMaxSizeMb. */
export function sharedCacheSettings(r: EnvReader, names: OptionNames): SharedCacheSettings {
  const maxSize = names['cache.mountsMaxSizeMb'];
  return definedOnly({
    timeout: read(r, names['cache.timeout']),
    mounts: read(r, names['cache.mounts']),
    mountsMaxSizeMb: maxSize === undefined ? undefined : r.int(maxSize),
  });
}

function read(r: EnvReader, name: string | undefined): string | undefined {
  return name === undefined ? undefined : r.get(name);
}
