import { describe, expect, test } from 'vitest';
import { parseOptions } from './parse.js';

const harness = (endpointUrl: string) => ({
  cache: {
    backend: 'harness' as const,
    harness: { bucket: 'b', accessKeyId: 'AKIA', secretAccessKey: 's', endpointUrl },
  },
});

describe('cache.harness.endpointUrl is an http(s) URL', () => {
  test.each(['http://127.0.0.1:9000', 'https://s3.eu-west-1.amazonaws.com', 'HTTPS://storage.example.com/'])(
    '%s is accepted',
    (url) => {
      expect(parseOptions(harness(url)).cache.harness?.endpointUrl).toBe(url);
    }
  );

  // "minio:9000" parses as a URL with the scheme "minio:": BuildKit would only fail later, at the cache.
  test.each(['minio:9000', 's3://bucket', 'ftp://storage.example.com', 'storage.example.com'])(
    '%s is rejected naming the field',
    (url) => {
      expect(() => parseOptions(harness(url))).toThrow(
        /cache\.harness\.endpointUrl: endpointUrl must be an http\(s\) URL/
      );
    }
  );
});
