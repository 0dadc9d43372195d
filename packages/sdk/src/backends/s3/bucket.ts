// A signing client for the s3 backend's bucket, and the bucket's base URL (path or virtual-host
// style). The cache mounts store and prune's store share it.
import { AwsClient } from 'aws4fetch';
import type { HarnessCacheOptions } from '../../options/schema.js';

export function s3Bucket(h: HarnessCacheOptions): { client: AwsClient; bucketUrl: string } {
  const client = new AwsClient({
    accessKeyId: h.accessKeyId,
    secretAccessKey: h.secretAccessKey,
    sessionToken: h.sessionToken,
    service: 's3',
    region: h.region,
  });
  const endpoint = (h.endpointUrl ?? `https://s3.${h.region}.amazonaws.com`).replace(/\/+$/, '');
  const bucketUrl = h.usePathStyle ? `${endpoint}/${h.bucket}` : endpoint.replace('://', `://${h.bucket}.`);
  return { client, bucketUrl };
}
