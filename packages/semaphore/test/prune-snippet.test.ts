// docs/semaphore.md's scheduled prune pipeline: valid YAML of Semaphore's shape, and commands sh
// can parse whose flags `layercache prune` knows.
import { expect, test } from 'vitest';
import { PRUNE_HELP } from '@layercache/sdk/adapter';
import { checkShell, pruneFlags, yamlSnippets } from '../../../test-support/doc-snippets.js';

test('the scheduled prune pipeline', () => {
  const [pipeline] = yamlSnippets('semaphore.md', 'Scheduled prune') as Array<{
    version: string;
    agent: unknown;
    blocks: Array<{ task: { secrets?: unknown[]; jobs: Array<{ commands: string[] }> } }>;
  }>;
  expect(pipeline!.version).toBe('v1.0');
  expect(pipeline!.agent).toBeDefined();
  const commands = pipeline!.blocks.flatMap((b) => b.task.jobs.flatMap((j) => j.commands)).join('\n');
  checkShell(commands);
  const flags = pruneFlags(commands);
  expect(flags).toContain('--live-branches-from-git');
  for (const flag of flags) expect(PRUNE_HELP).toContain(flag);
});
