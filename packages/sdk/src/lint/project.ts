// lintProject: the I/O around lintDockerfile. Reads the Dockerfile, the .dockerignore that
// BuildKit would use (`<Dockerfile>.dockerignore` next to it wins over `<context>/.dockerignore`)
// and the top-level entries of the build context.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { lintDockerfile } from './lint.js';
import type { LintFinding } from './types.js';

export interface LintProjectOptions {
  /** Dockerfile path, relative to the context directory; default `Dockerfile`. */
  dockerfile?: string;
  backend?: string;
  /** Paths in the findings are shown relative to this directory; default the context directory. */
  displayRoot?: string;
}

export interface LintProjectResult {
  /** The Dockerfile as shown in reports (relative to displayRoot). */
  fileName: string;
  findings: LintFinding[];
}

export async function lintProject(dir: string, options: LintProjectOptions = {}): Promise<LintProjectResult> {
  const context = resolve(dir);
  const dockerfilePath = resolve(context, options.dockerfile ?? 'Dockerfile');
  const root = resolve(options.displayRoot ?? context);
  const show = (path: string) => relative(root, path).split('\\').join('/') || '.';

  const text = await readOptional(dockerfilePath);
  if (text === null) {
    throw new ConfigError([{
      path: 'dockerfile',
      message: `no Dockerfile at ${dockerfilePath}`,
      hint: 'pass the Dockerfile path (`layercache lint path/to/Dockerfile`) or run in the directory that holds it',
    }]);
  }
  const ownIgnore = `${dockerfilePath}.dockerignore`;
  const contextIgnore = join(context, '.dockerignore');
  let ignorePath = ownIgnore;
  let dockerignore = await readOptional(ownIgnore);
  if (dockerignore === null) {
    ignorePath = contextIgnore;
    dockerignore = await readOptional(contextIgnore);
  }
  const contextEntries = await readdir(context).catch(() => undefined);

  const fileName = show(dockerfilePath);
  const findings = lintDockerfile(text, { dockerignore, contextEntries, backend: options.backend, fileName }).map(
    (f) => (f.file === '.dockerignore' ? { ...f, file: show(ignorePath) } : f),
  );
  return { fileName, findings };
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}
