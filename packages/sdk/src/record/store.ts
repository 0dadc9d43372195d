// Where build records live: next to the cache they describe.
//   registry / inline: an OCI artifact at `<cache ref>.record` (slugs never contain ".", so it cannot
//                      collide with a branch's cache tag)
//   local:             `layercache-record.json` inside the snapshot (swapped in with it)
//   s3 / none:         not kept (no record, so no miss explanation)
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RegistryClient, splitRef, type RegistryAuth } from '../registry/client.js';
import type { BuildRecord } from './types.js';

export const RECORD_MEDIA_TYPE = 'application/vnd.layercache.record.v1+json';
export const RECORD_FILE = 'layercache-record.json';

export interface RecordStore {
  read(): Promise<BuildRecord | undefined>;
  write(record: BuildRecord): Promise<void>;
  /** The record is written into the cache the backend's commit swaps in: it must be saved before the commit. */
  readonly insideCache: boolean;
}

export function recordRef(cacheRef: string): string {
  return `${cacheRef}.record`;
}

export function registryRecordStore(reads: string[], write: string | undefined, auth: RegistryAuth): RecordStore {
  return {
    insideCache: false,
    async read() {
      for (const ref of reads) {
        const { registry, repository, reference } = splitRef(recordRef(ref));
        const client = new RegistryClient(registry, auth);
        const manifest = await client.getManifest(repository, reference);
        const layer = (manifest.body as { layers?: Array<{ digest: string }> } | undefined)?.layers?.[0];
        if (!layer) continue;
        const blob = await client.getBlob(repository, layer.digest);
        if (blob.data) return parseRecord(blob.data.toString('utf8'));
      }
      return undefined;
    },
    async write(record) {
      if (!write) return;
      const { registry, repository, reference } = splitRef(recordRef(write));
      const client = new RegistryClient(registry, auth);
      const data = Buffer.from(JSON.stringify(record));
      const config = Buffer.from('{}');
      const digestOf = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
      // Both blobs at once; the manifest only once both are there (a registry refuses one naming a missing blob).
      const answers = await Promise.all([data, config].map((blob) => client.putBlob(repository, digestOf(blob), blob)));
      const refused = answers.find((answer) => answer.status !== 'ok');
      if (refused) throw new Error(`record blob upload: ${refused.status}`);
      const manifest = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: RECORD_MEDIA_TYPE,
        config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: digestOf(config), size: config.length },
        layers: [{ mediaType: RECORD_MEDIA_TYPE, digest: digestOf(data), size: data.length }],
      };
      const answer = await client.putManifest(repository, reference, manifest.mediaType, JSON.stringify(manifest));
      if (answer.status !== 'ok') throw new Error(`record manifest upload: ${answer.status}`);
    },
  };
}

export function localRecordStore(readDirs: string[], writeDir: string | undefined): RecordStore {
  return {
    insideCache: true,
    async read() {
      for (const dir of readDirs) {
        const text = await readFile(path.join(dir, RECORD_FILE), 'utf8').catch(() => undefined);
        const record = text === undefined ? undefined : parseRecord(text);
        if (record) return record;
      }
      return undefined;
    },
    async write(record) {
      if (writeDir) await writeFile(path.join(writeDir, RECORD_FILE), JSON.stringify(record));
    },
  };
}

function parseRecord(text: string): BuildRecord | undefined {
  try {
    const value = JSON.parse(text) as BuildRecord;
    return value?.version === 1 && Array.isArray(value.steps) ? value : undefined;
  } catch {
    return undefined;
  }
}
