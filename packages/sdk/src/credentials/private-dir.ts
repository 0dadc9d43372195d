// Where a run keeps its private docker config: `<tmp>/layercache-<uid>/run-<pid>-<random>`, the
// root created 0700 and refused unless it is a real directory this user owns (a shared /tmp may
// hold a trap). A run killed with SIGKILL cannot clean up, so every run first removes the run
// directories whose owner process is gone. They hold no password (see docker-config.ts); this
// keeps /tmp from filling up and removes what an older layercache may have left.
import { lstatSync, rmSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const RUN_DIR = /^run-(\d+)-/;

export interface PrivateDir {
  path: string;
  /** Removes it (the normal end of a run). */
  remove(): Promise<void>;
  /** Removes it synchronously: the last thing a process does when it must exit at once. */
  removeSync(): void;
}

export function privateRoot(tmp = os.tmpdir()): string {
  return path.join(tmp, `layercache-${process.getuid?.() ?? 'user'}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes run directories under root whose process is gone; returns what it removed. */
export async function sweepStaleRunDirs(root: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const pid = Number(RUN_DIR.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    await rm(path.join(root, name), { recursive: true, force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

async function safeRoot(root: string): Promise<boolean> {
  await mkdir(root, { mode: 0o700 }).catch(() => undefined);
  const st = await lstat(root).catch(() => undefined);
  const uid = process.getuid?.();
  return (
    !!st &&
    st.isDirectory() &&
    !st.isSymbolicLink() &&
    (uid === undefined || st.uid === uid) &&
    (st.mode & 0o077) === 0
  );
}

/** A fresh 0700 run directory (under the per-user root when it is safe, else straight in tmp). */
export async function openPrivateDir(tmp = os.tmpdir()): Promise<PrivateDir> {
  const root = privateRoot(tmp);
  const useRoot = await safeRoot(root);
  if (useRoot) await sweepStaleRunDirs(root);
  const dir = await mkdtemp(
    path.join(useRoot ? root : tmp, useRoot ? `run-${process.pid}-` : 'layercache-docker-config-')
  );
  return {
    path: dir,
    remove: () => rm(dir, { recursive: true, force: true }),
    removeSync: () => {
      if (lstatSync(dir, { throwIfNoEntry: false })) rmSync(dir, { recursive: true, force: true });
    },
  };
}
