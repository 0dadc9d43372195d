// Can this path be written? The answer, with the reason when not, for output files and directories
// (reports, $DRONE_OUTPUT, $BASH_ENV, the local cache). Asked before a build, so an unusable path
// is bad input (exit 2) instead of a failure after the image was pushed. The probe creates nothing
// that stays: an existing file is opened for append and closed; a directory gets a probe file that
// is removed at once (as root, permission bits say nothing: only a real write tells a read-only mount).
import { randomBytes } from 'node:crypto';
import { open, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export type PathKind = 'file' | 'dir';

/** Why `target` cannot be written as a file or used as a directory; undefined when it can. */
export async function writableProblem(target: string, kind: PathKind): Promise<string | undefined> {
  const info = await statOrCode(target);
  if (typeof info !== 'string') {
    if (kind === 'file' && info.isDirectory()) return `${target} is a directory, not a file`;
    if (kind === 'dir' && !info.isDirectory()) return `${target} is a file, not a directory`;
    return kind === 'file' ? probeFile(target) : probeDir(target);
  }
  if (info !== 'ENOENT' && info !== 'ENOTDIR') return `${target} cannot be used (${info})`;
  // Missing: it will be created (with its directories), so the nearest existing ancestor decides.
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    const parent = await statOrCode(dir);
    if (typeof parent !== 'string') {
      if (!parent.isDirectory()) return `${target} lies under ${dir}, which is a file`;
      return probeDir(dir);
    }
    if (parent !== 'ENOENT' && parent !== 'ENOTDIR') return `${dir} cannot be used (${parent})`;
    if (path.dirname(dir) === dir) return `no directory of ${target} exists`;
  }
}

async function statOrCode(p: string) {
  return stat(p).catch((error: NodeJS.ErrnoException) => error.code ?? 'EUNKNOWN');
}

async function probeFile(file: string): Promise<string | undefined> {
  try {
    await (await open(file, 'a')).close();
    return undefined;
  } catch (error) {
    return `${file} is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

async function probeDir(dir: string): Promise<string | undefined> {
  const probe = path.join(dir, `.layercache-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await (await open(probe, 'wx')).close();
    await rm(probe, { force: true });
    return undefined;
  } catch (error) {
    return `${dir} is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}
