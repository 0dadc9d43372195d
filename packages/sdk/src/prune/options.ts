// The options of pruneCache(): which cache location, and the rules that pick what goes.
// Durations ("30d", "12h") and sizes ("10GiB", "500MB") are parsed here, so bad input is named
// before any registry, directory or bucket is touched.
import { z } from 'zod';
import { backends } from '../backends/index.js';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { harnessCacheSchema, registryAuthSchema, resolveBackendAlias } from '../options/schema.js';
import { issueFromZod } from '../options/zod-issue.js';

// `harness`: the s3 backend's former name (an alias).
export const PRUNE_BACKENDS = ['registry', 'inline', 'local', 's3', 'harness'] as const;

const DURATION = /^(\d+(?:\.\d+)?)(m|h|d|w)$/;
const SIZE = /^(\d+(?:\.\d+)?)\s*(|b|k|m|g|t|kb|mb|gb|tb|kib|mib|gib|tib)$/i;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** "90m", "12h", "30d", "2w" -> milliseconds; undefined when it is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text.trim());
  return m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : undefined;
}

/** "500MB" (decimal), "10GiB" or "10G" (binary), "123" (bytes) -> bytes; undefined when it is not a size. */
export function parseSize(text: string): number | undefined {
  const m = SIZE.exec(text.trim());
  if (!m) return undefined;
  const unit = m[2]!.toLowerCase();
  const power = ['', 'k', 'm', 'g', 't'].indexOf(unit.replace(/i?b$/, '') || '');
  const base = unit.endsWith('b') && !unit.endsWith('ib') && unit !== 'b' ? 1000 : 1024;
  return Math.round(Number(m[1]) * base ** Math.max(power, 0));
}

const duration = z
  .string()
  .refine((v) => parseDuration(v) !== undefined, 'must be a duration like 90m, 12h, 30d or 2w');
const size = z
  .string()
  .refine((v) => parseSize(v) !== undefined, 'must be a size like 500MB, 10GiB or a number of bytes');

export const pruneOptionsSchema = z
  .object({
    backend: z
      .enum(PRUNE_BACKENDS)
      .transform(resolveBackendAlias)
      .describe('Where the caches live: registry | inline | local | s3 (harness: an alias).'),
    ref: z
      .string()
      .min(1)
      .optional()
      .describe('Registry repository of the cache tags (registry, inline), without a tag.'),
    dir: z.string().min(1).optional().describe('Cache directory (local).'),
    harness: harnessCacheSchema.optional().describe('S3 settings (s3), as builds use them.'),
    registryAuth: z.array(registryAuthSchema).default([]).describe('Registry logins, the same as builds use.'),
    defaultBranch: z
      .string()
      .min(1)
      .default('main')
      .describe('Its cache is never removed unless named in removeBranches.'),
    liveBranches: z
      .array(z.string())
      .optional()
      .describe('Branches (or refs/heads/…, refs/tags/…) whose caches stay; undefined: no live rule.'),
    all: z.boolean().default(false).describe('Treat every branch as gone (needed to act on an empty live list).'),
    removeBranches: z
      .array(z.string().min(1))
      .default([])
      .describe('Branches whose caches go in any case, the default branch too.'),
    olderThan: duration.optional().describe('Remove caches last written longer ago than this.'),
    maxSize: size.optional().describe('Budget: remove the oldest caches until the rest fit.'),
    freshMinutes: z
      .number()
      .min(0)
      .default(60)
      .describe('A cache written this recently is never removed by a rule (only when named).'),
    dryRun: z.boolean().default(false).describe('List what would go, with sizes, and change nothing.'),
  })
  .strict();

export type PruneOptionsInput = z.input<typeof pruneOptionsSchema>;
export type PruneOptions = z.output<typeof pruneOptionsSchema>;

export function parsePruneOptions(input: PruneOptionsInput): PruneOptions {
  const parsed = pruneOptionsSchema.safeParse(input);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => issueFromZod(i)));
  const o = parsed.data;
  const issues: ConfigIssue[] = [];
  issues.push(...(backends[o.backend].pruneRequires?.(o) ?? []));
  if (o.ref && o.ref.lastIndexOf(':') > o.ref.lastIndexOf('/'))
    issues.push({
      path: 'ref',
      message: `${o.ref} has a fixed tag: it holds one cache, not one per branch`,
      hint: 'pass the repository without a tag',
    });
  if (
    o.liveBranches === undefined &&
    !o.all &&
    o.olderThan === undefined &&
    o.maxSize === undefined &&
    o.removeBranches.length === 0
  ) {
    issues.push({
      path: 'rules',
      message: 'no rule says what to remove',
      hint: 'pass --live-branches, --live-branches-from-git, --older-than, --max-size, --remove-branches or --all',
    });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return o;
}
