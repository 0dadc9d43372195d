// auto_tag, as the buildx plugin does it (drone-buildx tags.go): on a tag event or the default
// branch the tags come from the git ref (`v1.2.3` -> 1, 1.2, 1.2.3; otherwise `latest`), with
// auto_tag_suffix appended; on any other branch the plugin builds nothing. Pure.
import { ConfigError } from '@layercache/sdk';
import { SETTINGS as S, bool, read, readFirst, type Env } from './settings.js';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export function autoTagOn(env: Env): boolean {
  const set = readFirst(env, S.defaultTags, S.autoTag);
  return set !== undefined && bool(env, set.name) === true;
}

/** Why an auto_tag step builds nothing here (not a tag, not the default branch), or undefined. */
export function autoTagSkip(env: Env): string | undefined {
  if (!autoTagOn(env)) return undefined;
  const ref = read(env, 'DRONE_COMMIT_REF') ?? '';
  if (ref.startsWith('refs/tags/') || ref.replace(/^refs\/heads\//, '') === read(env, 'DRONE_REPO_BRANCH')) return undefined;
  return `auto_tag is on and ${ref || 'this build'} is neither a tag nor the default branch: nothing is built, as with the buildx plugin`;
}

/** The tags auto_tag gives for DRONE_COMMIT_REF, with the suffix. */
export function autoTags(env: Env): string[] {
  const ref = read(env, 'DRONE_COMMIT_REF') ?? '';
  const suffix = readFirst(env, S.defaultSuffix, S.autoTagSuffix)?.value;
  return defaultTags(ref).map((tag) => (suffix === undefined ? tag : tag === 'latest' ? suffix : `${tag}-${suffix}`));
}

function defaultTags(ref: string): string[] {
  if (!ref.startsWith('refs/tags/')) return ['latest'];
  const version = ref.slice('refs/tags/'.length).replace(/^v/, '');
  const m = SEMVER.exec(version);
  if (m === null) {
    throw new ConfigError([{ path: 'DRONE_COMMIT_REF', message: `${JSON.stringify(ref.slice(0, 80))} is not a semantic version tag, which auto_tag needs`, hint: 'tag releases as v1.2.3, or set tags instead of auto_tag' }]);
  }
  const [, major, minor, patch, pre, meta] = m;
  if (pre !== undefined || meta !== undefined) return [version];
  if (major === '0') return [`${major}.${minor}`, `${major}.${minor}.${patch}`];
  return [major!, `${major}.${minor}`, `${major}.${minor}.${patch}`];
}
