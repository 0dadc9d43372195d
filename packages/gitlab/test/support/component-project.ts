// The component project as GitLab's CI/CD catalog sees it: this repository's templates/ and README
// at the root of a git repository, tagged with a release. gitlab-ci-local resolves
// `include: component:` / `include: project:` from its include cache
// (.gitlab-ci-local/includes/<host>/<project>/<ref>/<file>), which it fills from the GitLab server.
// No GitLab server runs here, so seedInclude fills that cache with `git archive` of the tagged
// release: the file is the one a server would return for that ref.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { commitAll, git, repoRoot } from './sample-project.js';

const run = promisify(execFile);
export const COMPONENT_HOST = 'gitlab.example.com';
export const COMPONENT_PROJECT = 'layercache/layercache';

/** A git repository holding templates/ and README.md as they are in this working tree, tagged `version`. */
export async function createComponentProject(version: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-component-'));
  await cp(path.join(repoRoot, 'templates'), path.join(dir, 'templates'), { recursive: true });
  await cp(path.join(repoRoot, 'README.md'), path.join(dir, 'README.md'));
  await git(dir, ['init', '-q', '-b', 'main']);
  await commitAll(dir, 'release');
  await git(dir, ['tag', version]);
  return dir;
}

/** Puts `file` of the component project at `ref` where gitlab-ci-local looks for a fetched include. */
export async function seedInclude(consumer: string, componentDir: string, ref: string, file: string): Promise<void> {
  const target = path.join(consumer, '.gitlab-ci-local/includes', COMPONENT_HOST, COMPONENT_PROJECT, ref);
  await mkdir(target, { recursive: true });
  const { stdout } = await run('git', ['archive', '--format=tar', ref, file], { cwd: componentDir, encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    const tar = execFile('tar', ['-x', '-C', target], (err) => (err ? reject(err) : resolve()));
    tar.stdin!.end(stdout);
  });
}
