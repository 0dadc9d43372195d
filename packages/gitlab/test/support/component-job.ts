// The component's build job as GitLab would hand it to a Docker executor: templates/build.yml with
// its inputs (defaults + given) interpolated, the dind helper's image, the job's variables
// expanded against the pipeline's predefined ones, and its script lines. Pure reads; the caller
// runs the script (job-image.test.itg.ts runs it in the job image).
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { componentTemplate } from './sample-project.js';

interface Job {
  image?: string;
  variables?: Record<string, string>;
  script?: string[];
}
type Inputs = Record<string, string | boolean>;

const INPUT = /\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g;

/** `$NAME` and `${NAME}` as GitLab expands them in variable values (unknown names become ''). */
export function expandVariables(value: string, env: Record<string, string>): string {
  return value.replace(
    /\$(?:\{(\w+)\}|(\w+))/g,
    (_m, a: string | undefined, b: string | undefined) => env[(a ?? b)!] ?? ''
  );
}

export function componentJob(given: Inputs, predefined: Record<string, string>) {
  const [header, body] = parseAllDocuments(readFileSync(componentTemplate, 'utf8')).map(
    (d) => d.toJS() as Record<string, unknown>
  );
  const specs = (header as { spec: { inputs: Record<string, { default?: unknown }> } }).spec.inputs;
  const inputs: Inputs = {
    ...Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, v.default as string | boolean])),
    ...given,
  };
  const fill = (s: string) =>
    s.replace(INPUT, (_m, name: string) => {
      if (!(name in inputs)) throw new Error(`no input ${name}`);
      return String(inputs[name]);
    });
  const jobs = body as Record<string, Job>;
  const job = jobs['$[[ inputs.job_name ]]']!;
  const helper = jobs[`.$[[ inputs.job_name ]]-${String(inputs.runner)}`]!;
  const variables = Object.fromEntries(
    Object.entries(job.variables ?? {}).map(([k, v]) => [k, expandVariables(fill(String(v)), predefined)])
  );
  return {
    image: helper.image && fill(helper.image),
    helperVariables: helper.variables ?? {},
    variables,
    script: (job.script ?? []).map(fill),
  };
}
