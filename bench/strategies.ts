// What each strategy runs for one build, as argument arrays (pure, so tests can read them).
// vendor: the recipe from GitLab's and Semaphore's Docker layer caching docs (pull the last image,
// build with --cache-from it and BUILDKIT_INLINE_CACHE=1, push). The others: the layercache CLI.
import type { Strategy } from './metrics.js';

export interface Command {
  argv: string[];
  /** A failure is expected and ignored (the recipe's `docker pull ... || true`). */
  mayFail?: boolean;
}

export interface BuildContext {
  /** Fixture working copy (the build context). */
  contextDir: string;
  /** Registry host:port to read and write through (the counting proxy). */
  registry: string;
  /** Unique per strategy and run, so runs never share a cache. */
  namespace: string;
  /** Directory for the local backend. */
  localCacheRoot: string;
  /** FROM images (outside the counted registry, like a public base image). */
  buildArgs: Record<string, string>;
  /** How to start the layercache CLI: [node, --require, probe, bin]. */
  cli: string[];
  /** Where the CLI writes its JSON report. */
  reportFile: string;
}

export function imageRef(ctx: BuildContext): string {
  return `${ctx.registry}/bench/${ctx.namespace}`;
}

export function commandsFor(strategy: Strategy, ctx: BuildContext): Command[] {
  const image = `${imageRef(ctx)}:latest`;
  const buildArgs = Object.entries(ctx.buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]);
  if (strategy === 'vendor') {
    return [
      { argv: ['docker', 'pull', '--quiet', image], mayFail: true },
      {
        argv: [
          'docker',
          'build',
          '--network',
          'none',
          '--cache-from',
          image,
          '--build-arg',
          'BUILDKIT_INLINE_CACHE=1',
          ...buildArgs,
          '--tag',
          image,
          ctx.contextDir,
        ],
      },
      { argv: ['docker', 'push', '--quiet', image] },
    ];
  }
  const cache: Record<Exclude<Strategy, 'vendor'>, string[]> = {
    inline: ['--backend', 'inline', '--cache-ref', imageRef(ctx)],
    registry: ['--backend', 'registry', '--cache-ref', `${imageRef(ctx)}-cache`],
    local: ['--backend', 'local', '--cache-dir', `${ctx.localCacheRoot}/${ctx.namespace}`],
    auto: ['--cache-ref', `${imageRef(ctx)}-cache`],
  };
  return [
    {
      argv: [
        ...ctx.cli,
        'build',
        ctx.contextDir,
        '--quiet',
        '--network',
        'none',
        '--push',
        '--tag',
        image,
        ...buildArgs,
        ...cache[strategy],
        '--branch',
        'main',
        '--report-json',
        ctx.reportFile,
      ],
    },
  ];
}
