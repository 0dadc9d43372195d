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

/** The manifest annotation that dates a registry record (the record's createdAt, outside its blob). */
export const RECORD_CREATED = 'org.opencontainers.image.created';

const digestOf = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/**
 * The record's time travels in its manifest's annotations, not in its blob: a build that changed no
 * step writes the same blob the build before it wrote, which this store has just read from the same
 * repository, so only the manifest is sent (one round trip after the build instead of three).
 */
export function registryRecordStore(reads: string[], write: string | undefined, auth: RegistryAuth): RecordStore {
  /** The blob of the record read, and where: what the registry is known to hold. */
  let held: { registry: string; repository: string; digest: string } | undefined;
  return {
    insideCache: false,
    async read() {
      for (const ref of reads) {
        const { registry, repository, reference } = splitRef(recordRef(ref));
        const client = new RegistryClient(registry, auth);
        const manifest = await client.getManifest(repository, reference);
        const body = manifest.body as
          | { layers?: Array<{ digest: string }>; config?: { digest?: string }; annotations?: Record<string, string> }
          | undefined;
        const layer = body?.layers?.[0];
        if (!layer) continue;
        const blob = await client.getBlob(repository, layer.digest);
        const record = blob.data ? parseRecord(blob.data.toString('utf8')) : undefined;
        if (!record) continue;
        if (body?.config?.digest === EMPTY_CONFIG_DIGEST) held = { registry, repository, digest: layer.digest };
        // Records written before the time moved to the manifest carry it in the blob.
        return { ...record, createdAt: body?.annotations?.[RECORD_CREATED] ?? record.createdAt };
      }
      return undefined;
    },
    async write(record) {
      if (!write) return;
      const { registry, repository, reference } = splitRef(recordRef(write));
      const client = new RegistryClient(registry, auth);
      const { createdAt, ...content } = record;
      const data = Buffer.from(JSON.stringify(content));
      const manifest = JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: RECORD_MEDIA_TYPE,
        config: {
          mediaType: 'application/vnd.oci.empty.v1+json',
          digest: EMPTY_CONFIG_DIGEST,
          size: EMPTY_CONFIG.length,
        },
        layers: [{ mediaType: RECORD_MEDIA_TYPE, digest: digestOf(data), size: data.length }],
        annotations: { [RECORD_CREATED]: createdAt },
      });
      const putManifest = () =>
        client.putManifest(repository, reference, 'application/vnd.oci.image.manifest.v1+json', manifest);
      const known = held?.registry === registry && held.repository === repository && held.digest === digestOf(data);
      // Known blobs: the manifest alone. Refused (say the blobs were pruned meanwhile): upload them after all.
      if (known && (await putManifest()).status === 'ok') return;
      // Both blobs at once; the manifest only once both are there (a registry refuses one naming a missing blob).
      const blobs = [data, EMPTY_CONFIG];
      const answers = await Promise.all(blobs.map((blob) => client.putBlob(repository, digestOf(blob), blob)));
      const refused = answers.find((answer) => answer.status !== 'ok');
      if (refused) throw new Error(`record blob upload: ${refused.status}`);
      const answer = await putManifest();
      if (answer.status !== 'ok') throw new Error(`record manifest upload: ${answer.status}`);
    },
  };
}

const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_CONFIG_DIGEST = digestOf(EMPTY_CONFIG);

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
