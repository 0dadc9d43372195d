// `layercache lint [Dockerfile] [--format text|json|gitlab] [--output FILE] [--backend X] [--context DIR]`
// Exit codes: 0 no error findings, 1 error findings, 2 bad input.
import { writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../errors.js';
import { BACKENDS } from '../../options/schema.js';
import { formatLintReport, LINT_FORMATS, renderLintText, type LintFormat } from '../../lint/format.js';
import { lintProject } from '../../lint/project.js';
import { lintRules } from '../../lint/rules/index.js';

export interface LintCommandIO {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const LINT_HELP = `Usage: layercache lint [Dockerfile] [options]

Checks a Dockerfile for what makes its layer cache miss. Exit code 0 when there is no
error finding, 1 when there is, 2 for bad input.

Arguments:
  Dockerfile          Path to the Dockerfile (default: ./Dockerfile)

Options:
  --format FORMAT     text (default), json, or gitlab (GitLab Code Quality JSON)
  --output FILE       Write the report to FILE (the text report still goes to stdout)
  --backend NAME      The cache backend the build uses (${BACKENDS.join(', ')}); enables backend checks
  --context DIR       Build context, for the .dockerignore checks (default: the Dockerfile's directory)
  -h, --help          Show this help

Rules:
${lintRules.map((r) => `  ${r.id.padEnd(28)} ${r.severity.padEnd(8)} ${r.title}`).join('\n')}

Docs: docs/lint.md
`;

export async function runLintCommand(argv: string[], io: LintCommandIO): Promise<number> {
  try {
    const args = parseLintArgs(argv);
    if (args.help) {
      io.stdout.write(LINT_HELP);
      return 0;
    }
    const dockerfile = resolve(io.cwd, args.dockerfile);
    const context = args.context ? resolve(io.cwd, args.context) : dirname(dockerfile);
    const { fileName, findings } = await lintProject(context, {
      dockerfile: relative(context, dockerfile),
      backend: args.backend,
      displayRoot: io.cwd,
    });
    if (args.output) {
      await writeReport(resolve(io.cwd, args.output), formatLintReport(args.format, findings, fileName));
      io.stdout.write(renderLintText(findings, fileName));
    } else {
      io.stdout.write(formatLintReport(args.format, findings, fileName));
    }
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\nRun \`layercache lint --help\` for usage.\n`);
      return 2;
    }
    throw error;
  }
}

interface LintArgs {
  dockerfile: string;
  format: LintFormat;
  output?: string;
  backend?: string;
  context?: string;
  help: boolean;
}

/** Pure: argv (the words after `lint`) to typed arguments; throws ConfigError on bad input. */
export function parseLintArgs(argv: string[]): LintArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        backend: { type: 'string' },
        context: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ConfigError([{ path: 'lint', message: (error as Error).message, hint: 'see the options below' }]);
  }
  const { values, positionals } = parsed;
  const issues = [];
  if (positionals.length > 1) {
    issues.push({
      path: 'Dockerfile',
      message: `expected one Dockerfile, got ${positionals.length}: ${positionals.join(' ')}`,
      hint: 'lint one Dockerfile per run',
    });
  }
  const format = values.format ?? 'text';
  if (!(LINT_FORMATS as readonly string[]).includes(format)) {
    issues.push({
      path: '--format',
      message: `unknown format "${format}"`,
      hint: `use one of ${LINT_FORMATS.join(', ')}`,
    });
  }
  if (values.backend !== undefined && !(BACKENDS as readonly string[]).includes(values.backend)) {
    issues.push({
      path: '--backend',
      message: `unknown backend "${values.backend}"`,
      hint: `use one of ${BACKENDS.join(', ')}`,
    });
  }
  for (const name of ['output', 'context'] as const) {
    if (values[name] === '') issues.push({ path: `--${name}`, message: 'is empty', hint: 'give a path' });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    dockerfile: positionals[0] ?? 'Dockerfile',
    format: format as LintFormat,
    output: values.output,
    backend: values.backend,
    context: values.context,
    help: values.help ?? false,
  };
}

async function writeReport(path: string, report: string): Promise<void> {
  try {
    await writeFile(path, report);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const shown = isAbsolute(path) ? path : basename(path);
    throw new ConfigError([
      { path: '--output', message: `cannot write ${shown} (${reason})`, hint: 'point --output at a writable file' },
    ]);
  }
}
