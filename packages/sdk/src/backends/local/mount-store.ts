// Mount archives in the local cache directory: `<dir>/<slug>/mounts/<name>.tar.gz`, written to a
// per-run temp file and renamed into place (a rename is atomic on one file system).
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { archiveName, type MountStore } from '../../mounts/store.js';

export function localMountStore(runId: string): MountStore {
  return {
    async read(location, id) {
      return readFile(path.join(location, archiveName(id))).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
    },
    async write(location, archives) {
      await mkdir(location, { recursive: true });
      for (const archive of archives) {
        const final = path.join(location, archiveName(archive.id));
        const temp = `${final}.${runId}.tmp`;
        try {
          await writeFile(temp, archive.data);
          await rename(temp, final);
        } finally {
          await rm(temp, { force: true }).catch(() => undefined);
        }
      }
    },
  };
}
