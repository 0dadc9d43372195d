// docs/circleci.md's scheduled prune snippet: valid YAML of the right shape, run only by its
// schedule trigger, and a command sh can parse whose flags `layercache prune` knows.
import { expect, test } from 'vitest';
import { PRUNE_HELP } from '@layercache/sdk/adapter';
import { checkShell, pruneFlags, yamlSnippets } from '../../../test-support/doc-snippets.js';

test('the scheduled prune config', () => {
  const [config] = yamlSnippets('circleci.md', 'Scheduled prune') as Array<{
    version: number;
    jobs: Record<string, { steps: Array<{ run?: { command: string } } | string> }>;
    workflows: Record<string, { when: unknown; jobs: string[] }>;
  }>;
  expect(config!.version).toBe(2.1);
  const workflow = config!.workflows['layercache-prune']!;
  expect(JSON.stringify(workflow.when)).toContain('scheduled_pipeline');
  for (const job of workflow.jobs) expect(config!.jobs).toHaveProperty(job);
  const command = config!.jobs['layercache-prune']!.steps.flatMap((s) =>
    typeof s === 'object' && s.run ? [s.run.command] : []
  ).join('\n');
  checkShell(command);
  const flags = pruneFlags(command);
  expect(flags).toContain('--live-branches-from-git');
  for (const flag of flags) expect(PRUNE_HELP).toContain(flag);
});
