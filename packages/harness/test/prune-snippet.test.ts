// docs/harness.md's scheduled prune: a CI pipeline with one Run step and a cron trigger for it,
// as valid YAML; the step's command parses in sh and uses only flags `layercache prune` knows.
import { expect, test } from 'vitest';
import { PRUNE_HELP } from '@layercache/sdk/adapter';
import { checkShell, pruneFlags, yamlSnippets } from '../../../test-support/doc-snippets.js';

interface Step { step: { type: string; spec: { shell: string; command: string } } }

test('the scheduled prune pipeline and its cron trigger', () => {
  const [pipeline, trigger] = yamlSnippets('harness.md', 'Scheduled prune') as [
    { pipeline: { identifier: string; stages: Array<{ stage: { type: string; spec: { execution: { steps: Step[] } } } }> } },
    { trigger: { pipelineIdentifier: string; source: { type: string; spec: { type: string; spec: { expression: string } } } } },
  ];
  expect(trigger.trigger.pipelineIdentifier).toBe(pipeline.pipeline.identifier);
  expect(trigger.trigger.source).toMatchObject({ type: 'Scheduled', spec: { type: 'Cron' } });
  expect(trigger.trigger.source.spec.spec.expression.split(' ')).toHaveLength(5);
  const steps = pipeline.pipeline.stages.flatMap((s) => s.stage.spec.execution.steps);
  expect(pipeline.pipeline.stages.every((s) => s.stage.type === 'CI')).toBe(true);
  const command = steps.filter((s) => s.step.type === 'Run').map((s) => s.step.spec.command).join('\n');
  checkShell(command);
  const flags = pruneFlags(command);
  expect(flags).toEqual(expect.arrayContaining(['--backend', '--live-branches-from-git']));
  for (const flag of flags) expect(PRUNE_HELP).toContain(flag);
});
