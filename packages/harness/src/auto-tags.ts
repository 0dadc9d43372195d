// auto_tag, as the buildx plugin does it (drone-buildx tags.go): on a tag event or the default
// branch the tags come from the git ref (`v1.2.3` -> 1, 1.2, 1.2.3; otherwise `latest`), with
// auto_tag_suffix appended; on any other branch the plugin builds nothing. Pure.
import type { EnvReader } from '@layercache/sdk/adapter';
import { SETTINGS as S } from './settings.js';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export function autoTagOn(r: EnvReader): boolean {
  const set = r.first(S.defaultTags, S.autoTag);
  return set !== undefined && r.bool(set.name) === true;
}

/** Why an auto_tag step builds nothing here (not a tag, not the default branch), or undefined. */
export function autoTagSkip(r: EnvReader): string | undefined {
  if (!autoTagOn(r)) return undefined;
  const ref = r.get('DRONE_COMMIT_REF') ?? '';
  if (ref.startsWith('refs/tags/') || ref.replace(/^refs\/heads\//, '') === r.get('DRONE_REPO_BRANCH'))
    return undefined;
  const what = `${ref || 'this build'} is neither a tag nor the default branch`;
  return `auto_tag is on and ${what}: nothing is built, as with the buildx plugin`;
}

/** The tags auto_tag gives for DRONE_COMMIT_REF, with the suffix. */
export function autoTags(r: EnvReader): string[] {
  const ref = r.get('DRONE_COMMIT_REF') ?? '';
  const suffix = r.first(S.defaultSuffix, S.autoTagSuffix)?.value;
  if (suffix === undefined) return defaultTags(r, ref);
  return defaultTags(r, ref).map((tag) => (tag === 'latest' ? suffix : `${tag}-${suffix}`));
}

function defaultTags(r: EnvReader, ref: string): string[] {
  if (!ref.startsWith('refs/tags/')) return ['latest'];
  const version = ref.slice('refs/tags/'.length).replace(/^v/, '');
  const m = SEMVER.exec(version);
  if (m === null) {
    const hint = 'tag releases as v1.2.3, or set tags instead of auto_tag';
    const what = `${JSON.stringify(ref.slice(0, 80))} is not a semantic version tag, which auto_tag needs`;
    r.fail('DRONE_COMMIT_REF', what, hint);
    return [];
  }
  const [, major, minor, patch, pre, meta] = m;
  if (pre !== undefined || meta !== undefined) return [version];
  if (major === '0') return [`${major}.${minor}`, `${major}.${minor}.${patch}`];
  return [major!, `${major}.${minor}`, `${major}.${minor}.${patch}`];
}
