// One wording for zod's issues (unknown fields, missing or mistyped values), shared by the
// single-build and the bake options so both name a bad field the same way.
import type { ZodIssue } from 'zod';
import type { ConfigIssue } from '../errors.js';

/** A zod issue as a ConfigIssue; `hintFor` adds a fix hint by field path. */
export function issueFromZod(issue: ZodIssue, hintFor?: (path: string) => string | undefined): ConfigIssue {
  const p = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    return { path: p, message: `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`, hint: 'check the spelling against the documented options' };
  }
  let message = issue.message;
  if (issue.code === 'invalid_type' && issue.received === 'undefined') message = 'is required';
  else if (issue.code === 'invalid_type') message = `must be ${issue.expected}, got ${issue.received}`;
  return hintFor ? { path: p, message, hint: hintFor(p) } : { path: p, message };
}
