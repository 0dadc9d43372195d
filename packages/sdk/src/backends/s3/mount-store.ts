// Mount archives in the s3 backend's bucket: `<prefix>mounts/<slug>/<name>.tar.gz`, one object
// per mount. An S3 PUT replaces an object atomically, so concurrent writers never mix bytes.
import { s3Bucket } from './bucket.js';
import type { HarnessCacheOptions } from '../../options/schema.js';
import { archiveName, type MountStore } from '../../mounts/store.js';

export function s3MountStore(h: HarnessCacheOptions, timeoutMs: number): MountStore {
  const { client, bucketUrl } = s3Bucket(h);
  /** `s3://bucket/<key prefix>` + archive name -> the object's URL. */
  const urlOf = (location: string, id: string) => {
    const key = `${location.slice(`s3://${h.bucket}/`.length)}${archiveName(id)}`;
    return `${bucketUrl}/${key.split('/').map(encodeURIComponent).join('/')}`;
  };
  const signal = () => AbortSignal.timeout(timeoutMs);
  return {
    async read(location, id) {
      const res = await client.fetch(urlOf(location, id), { signal: signal() });
      if (res.status === 404) return undefined;
      if (!res.ok) throw new Error(`${location}: HTTP ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    },
    async write(location, archives) {
      for (const archive of archives) {
        const res = await client.fetch(urlOf(location, archive.id), {
          method: 'PUT',
          body: new Uint8Array(archive.data),
          headers: {
            'content-type': 'application/gzip',
            'x-amz-meta-layercache-mount-id': encodeURIComponent(archive.id),
            'x-amz-meta-layercache-content-digest': archive.digest,
          },
          signal: signal(),
        });
        if (!res.ok) throw new Error(`upload to ${location} failed: HTTP ${res.status}`);
      }
    },
  };
}
