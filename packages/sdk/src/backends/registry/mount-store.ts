// Mount archives in the cache repository: the tag `<cache tag>.mounts` holds an OCI artifact
// manifest with one gzip layer per mount, annotated with the mount's id and content digest.
// Writing puts the blobs first, then the manifest (one atomic PUT): a reader finds the old
// artifact or the new one. Mounts this build did not save keep their layers from the artifact
// already at the tag.
import { createHash } from 'node:crypto';
import { registryClientFor, type RegistryAuth } from '../../registry/client.js';
import type { MountStore } from '../../mounts/store.js';

export const MOUNTS_ARTIFACT_TYPE = 'application/vnd.layercache.cache-mounts.v1';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const EMPTY_CONFIG = { mediaType: 'application/vnd.oci.empty.v1+json', data: Buffer.from('{}') };
const LAYER_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';
export const ID_ANNOTATION = 'org.layercache.mount.id';
export const DIGEST_ANNOTATION = 'org.layercache.mount.content-digest';

interface Layer {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

export function registryMountStore(auth: RegistryAuth, timeoutMs: number): MountStore {
  const manifests = new Map<string, Promise<Layer[] | undefined>>();

  async function layersAt(location: string): Promise<Layer[] | undefined> {
    const { client, repository, reference } = registryClientFor(location, auth, timeoutMs);
    const got = await client.getManifest(repository, reference);
    if (got.answer.status === 'not-found') return undefined;
    if (got.answer.status !== 'ok')
      throw new Error(
        `${location}: ${got.answer.status}${got.answer.httpStatus ? ` (HTTP ${got.answer.httpStatus})` : ''}`,
      );
    const body = got.body as { artifactType?: string; layers?: Layer[] };
    if (body.artifactType !== MOUNTS_ARTIFACT_TYPE)
      throw new Error(`${location} is not a layercache cache-mounts artifact`);
    return body.layers ?? [];
  }

  return {
    async read(location, id) {
      if (!manifests.has(location)) manifests.set(location, layersAt(location));
      const layer = (await manifests.get(location)!)?.find((l) => l.annotations?.[ID_ANNOTATION] === id);
      if (!layer) return undefined;
      const { client, repository } = registryClientFor(location, auth, timeoutMs);
      const blob = await client.getBlob(repository, layer.digest);
      if (blob.answer.status !== 'ok' || !blob.data)
        throw new Error(`${location}: blob ${layer.digest} ${blob.answer.status}`);
      return blob.data;
    },
    async write(location, archives) {
      const { client, repository, reference } = registryClientFor(location, auth, timeoutMs);
      const kept = ((await layersAt(location).catch(() => undefined)) ?? []).filter(
        (l) => !archives.some((a) => a.id === l.annotations?.[ID_ANNOTATION]),
      );
      const upload = async (data: Buffer) => {
        const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
        const exists = await client.blobExists(repository, digest);
        if (exists.status !== 'ok') {
          const put = await client.putBlob(repository, digest, data);
          if (put.status !== 'ok')
            throw new Error(
              `upload to ${location} failed: ${put.status}${put.httpStatus ? ` (HTTP ${put.httpStatus})` : ''}`,
            );
        }
        return { digest, size: data.length };
      };
      const config = await upload(EMPTY_CONFIG.data);
      const layers: Layer[] = [...kept];
      for (const archive of archives) {
        layers.push({
          mediaType: LAYER_TYPE,
          ...(await upload(archive.data)),
          annotations: { [ID_ANNOTATION]: archive.id, [DIGEST_ANNOTATION]: archive.digest },
        });
      }
      const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: MOUNTS_ARTIFACT_TYPE,
        config: { mediaType: EMPTY_CONFIG.mediaType, ...config },
        layers,
      };
      const put = await client.putManifest(repository, reference, OCI_MANIFEST, JSON.stringify(manifest));
      if (put.status !== 'ok')
        throw new Error(
          `writing ${location} failed: ${put.status}${put.httpStatus ? ` (HTTP ${put.httpStatus})` : ''}`,
        );
      manifests.delete(location);
    },
  };
}
