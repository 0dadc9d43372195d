// The Dockerfile parser, loaded on first use: dockerfile-ast and its language-server types are about
// 240 KB of code, which a build needs only after it has started (its record) or when the Dockerfile
// uses cache mounts. Loading it at start put its compile time before every build's first docker call.
import type { DockerfileModel } from './model.js';

export async function parseDockerfileLazily(text: string): Promise<DockerfileModel> {
  const { parseDockerfile } = await import('./model.js');
  return parseDockerfile(text);
}

/** False when no `--mount` flag appears anywhere in the text: then there are no cache mounts to parse for. */
export function mayHaveMounts(text: string): boolean {
  return /--mount[=\s]/i.test(text);
}
