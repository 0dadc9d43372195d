// The storage seam of cache mount archives (gzip-compressed tars): each backend that keeps mounts
// has one (backends/<name>/mount-store.ts, reached through its `mounts` member). Every write is
// atomic for a reader: a temp name then a rename (local), one PUT (s3), a manifest PUT after its
// blobs (registry). So concurrent writers of one branch leave one writer's complete archives.
import { createHash } from 'node:crypto';

export interface MountArchiveWrite {
  id: string;
  /** gzip-compressed tar. */
  data: Buffer;
  /** Content digest of the tar (archive.ts), recorded beside it. */
  digest: string;
}

export interface MountStore {
  /** The archive of mount `id` at `location`, or undefined when it has none. Throws when the store fails. */
  read(location: string, id: string): Promise<Buffer | undefined>;
  write(location: string, archives: MountArchiveWrite[]): Promise<void>;
}

/** A file or object name for a mount id: readable, unique (a hash of the id), safe in paths and keys. */
export function archiveName(id: string): string {
  const readable = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._-]+|[._-]+$/g, '').slice(0, 60);
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 12);
  return `${readable ? `${readable}-` : ''}${hash}.tar.gz`;
}
