// Pull request facts from CircleCI's PR URLs. CircleCI gives the URL, not the number, except
// on forked PRs (CIRCLE_PR_NUMBER). GitHub: .../pull/123, Bitbucket: .../pull-requests/123,
// GitLab: .../merge_requests/123. Pure.
import type { Env } from '@layercache/sdk/adapter';

const PR_NUMBER_RE = /\/(?:pull|pull-requests|merge_requests)\/(\d+)\/?$/;

/** The PR number at the end of a pull request URL, or undefined when the URL has none. */
export function prNumberFromUrl(url: string): string | undefined {
  return PR_NUMBER_RE.exec(url.trim())?.[1];
}

/**
 * The PR number of this build. CIRCLE_PULL_REQUESTS lists every PR the branch belongs to
 * (CIRCLE_PULL_REQUEST is "one of them, picked randomly" when there are several), so the
 * lowest number from the list is taken: the same answer on every re-run.
 */
export function pullRequestNumber(env: Env): string | undefined {
  const forked = env.CIRCLE_PR_NUMBER?.trim();
  if (forked) return forked;
  const urls = [...(env.CIRCLE_PULL_REQUESTS ?? '').split(','), env.CIRCLE_PULL_REQUEST ?? ''];
  const numbers = urls.map(prNumberFromUrl).filter((n): n is string => n !== undefined).map(Number);
  return numbers.length > 0 ? String(Math.min(...numbers)) : undefined;
}
