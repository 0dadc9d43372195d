// A minimal AWS signature version 2 request signer (HMAC-SHA1 over method, type, x-amz headers
// and the path-style resource). s3rver verifies the secret key only for V2 signatures (its SigV4
// check is unimplemented and accepts any signature from a known key id), so the storage test signs
// one request this way to prove the secret itself is accepted.
import { createHmac } from 'node:crypto';

export async function fetchSigV2(url: string, init: { method: string; body?: string; accessKeyId: string; secretAccessKey: string }): Promise<Response> {
  const { pathname } = new URL(url);
  const amzDate = new Date().toUTCString();
  const contentType = init.body !== undefined ? 'application/octet-stream' : '';
  const stringToSign = [init.method, '', contentType, '', `x-amz-date:${amzDate}`, pathname].join('\n');
  const signature = createHmac('sha1', init.secretAccessKey).update(stringToSign, 'utf8').digest('base64');
  const headers: Record<string, string> = { 'x-amz-date': amzDate, authorization: `AWS ${init.accessKeyId}:${signature}` };
  if (contentType) headers['content-type'] = contentType;
  return fetch(url, { method: init.method, headers, body: init.body });
}
