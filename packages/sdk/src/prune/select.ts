// The selection rules, as one pure function: found caches + rules + now -> what goes and why.
// Order: a branch named for removal goes (even the default branch); the default branch stays;
// a cache written in the last `fresh` minutes stays (a build may be using it); then the live
// list, --older-than, and last the size budget, which removes the oldest of what is left.
import { ConfigError } from '../errors.js';
import { slugify } from '../keys/slug.js';
import { liveSlugs } from './live-refs.js';
import { parseDuration, parseSize, type PruneOptions } from './options.js';
import { uniqueBytes } from './sizes.js';
import type { CacheEntry } from './types.js';

export type PruneRules = Pick<
  PruneOptions,
  'defaultBranch' | 'liveBranches' | 'all' | 'removeBranches' | 'olderThan' | 'maxSize' | 'freshMinutes'
>;

export interface Decision {
  slug: string;
  remove: boolean;
  reason: string;
}

export interface Selection {
  decisions: Decision[];
  notes: string[];
}

export function selectPrune(entries: CacheEntry[], rules: PruneRules, now: number): Selection {
  const notes: string[] = [];
  const live = rules.liveBranches === undefined ? undefined : liveSlugs(rules.liveBranches);
  if (live) notes.push(...live.ignored);
  if (live && live.slugs.size === 0 && !rules.all) {
    throw new ConfigError([
      {
        path: 'liveBranches',
        message: "the live branch list is empty, so every branch's cache would go",
        hint: "check the list (or the git remote); pass --all if you mean to remove every branch's cache",
      },
    ]);
  }
  const defaultSlug = slugify(rules.defaultBranch);
  const named = new Set(rules.removeBranches.map((b) => slugify(b.replace(/^refs\/(heads|tags)\//, ''))));
  const olderThanMs = rules.olderThan === undefined ? undefined : parseDuration(rules.olderThan)!;
  const freshMs = rules.freshMinutes * 60_000;
  const age = (e: CacheEntry) => (e.lastWrite === undefined ? undefined : now - e.lastWrite.getTime());

  const decide = (e: CacheEntry): Decision => {
    const a = age(e);
    const keep = (reason: string) => ({ slug: e.slug, remove: false, reason });
    const remove = (reason: string) => ({ slug: e.slug, remove: true, reason });
    if (named.has(e.slug)) return remove('named for removal');
    if (e.slug === defaultSlug) return keep('default branch');
    if (a !== undefined && a < freshMs)
      return keep(`written ${minutes(a)} ago (fresh: under ${rules.freshMinutes} min)`);
    if (rules.all) return remove('--all');
    if (live && !live.slugs.has(e.slug)) return remove('no live branch maps to it');
    if (olderThanMs !== undefined && a !== undefined && a > olderThanMs)
      return remove(`last written ${minutes(a)} ago (older than ${rules.olderThan})`);
    if (olderThanMs !== undefined && a === undefined) return keep('no record of when it was written');
    return keep(live ? 'live branch' : 'no rule removes it');
  };
  const decisions = entries.map(decide);

  if (rules.maxSize !== undefined) {
    const budget = parseSize(rules.maxSize)!;
    const bySlug = new Map(entries.map((e) => [e.slug, e]));
    const kept = () => decisions.filter((d) => !d.remove).map((d) => bySlug.get(d.slug)!);
    // Oldest first; a cache with no recorded write time counts as the oldest.
    const candidates = decisions
      .filter((d) => !d.remove && d.slug !== defaultSlug && !(age(bySlug.get(d.slug)!)! < freshMs))
      .sort(
        (x, y) => (bySlug.get(x.slug)!.lastWrite?.getTime() ?? 0) - (bySlug.get(y.slug)!.lastWrite?.getTime() ?? 0),
      );
    for (const d of candidates) {
      if (uniqueBytes(kept()) <= budget) break;
      d.remove = true;
      d.reason = `over the ${rules.maxSize} budget (oldest first)`;
    }
    const left = uniqueBytes(kept());
    if (left > budget)
      notes.push(
        `the caches that stay still hold ${left} bytes, over the ${rules.maxSize} budget: what is left is the ` +
          `default branch or written in the last ${rules.freshMinutes} min`,
      );
  }
  return { decisions, notes };
}

function minutes(ms: number): string {
  const m = Math.round(ms / 60_000);
  if (m < 120) return `${m} min`;
  const h = Math.round(m / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} d`;
}
