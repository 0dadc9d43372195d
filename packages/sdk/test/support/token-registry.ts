// A registry in token-auth mode, for the bearer flow: docker-registry with `auth: token` (realm,
// service, issuer, rootcertbundle) and a small token server (Node http) that checks the client's
// credentials and issues a JWT signed with a key whose self-signed certificate (made with openssl)
// is the registry's root bundle. The JWT carries that certificate in `x5c`, which distribution
// verifies against the bundle. Grants: GET with Basic auth (distribution's token spec) and the
// OAuth2 POST with grant_type=password or refresh_token (what containerd and identity tokens use).
import { execFile } from 'node:child_process';
import { createPrivateKey, randomBytes, sign, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../reliability/support/registry.js';
import { registryConfig, serveRegistry, type AuthRegistry } from './auth-registry.js';

export interface TokenRegistry extends AuthRegistry {
  /** Token requests the server answered: how, and whether it granted a token. */
  tokenRequests: Array<{
    grant: 'basic' | 'password' | 'refresh_token' | 'anonymous';
    granted: boolean;
    scope: string;
  }>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export async function startTokenRegistry(
  user: string,
  password: string,
  refreshToken: string
): Promise<TokenRegistry> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-token-'));
  await promisify(execFile)(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
      '-days',
      '2',
      '-subj',
      '/CN=layercache-test-token',
    ],
    { cwd: dir }
  );
  const key = createPrivateKey(await readFile(path.join(dir, 'key.pem')));
  const certDer = new X509Certificate(await readFile(path.join(dir, 'cert.pem'))).raw;
  const tokenPort = await freePort();
  const service = 'layercache-test-registry';
  const issuer = 'layercache-test-token-server';
  const tokenRequests: TokenRegistry['tokenRequests'] = [];

  const jwt = (scope: string) => {
    const now = Math.floor(Date.now() / 1000);
    const access = scope
      .split(' ')
      .filter(Boolean)
      .map((s) => {
        const [type, name, actions] = [
          s.slice(0, s.indexOf(':')),
          s.slice(s.indexOf(':') + 1, s.lastIndexOf(':')),
          s.slice(s.lastIndexOf(':') + 1),
        ];
        return { type, name, actions: actions.split(',') };
      });
    const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [certDer.toString('base64')] }));
    const claims = b64url(
      JSON.stringify({
        iss: issuer,
        sub: user,
        aud: service,
        exp: now + 600,
        nbf: now - 10,
        iat: now,
        jti: randomBytes(8).toString('hex'),
        access,
      })
    );
    return `${header}.${claims}.${b64url(sign('sha256', Buffer.from(`${header}.${claims}`), key))}`;
  };

  const server = http.createServer((req, res) => {
    let body = '';
    req
      .on('data', (d) => (body += d))
      .on('end', () => {
        const url = new URL(req.url ?? '/', `http://127.0.0.1:${tokenPort}`);
        const form = new URLSearchParams(body);
        const scope = (req.method === 'POST' ? form.getAll('scope') : url.searchParams.getAll('scope')).join(' ');
        let grant: TokenRegistry['tokenRequests'][number]['grant'] = 'anonymous';
        let ok = false;
        if (req.method === 'POST') {
          grant = form.get('grant_type') === 'refresh_token' ? 'refresh_token' : 'password';
          ok =
            grant === 'refresh_token'
              ? form.get('refresh_token') === refreshToken
              : form.get('username') === user && form.get('password') === password;
        } else if (req.headers.authorization?.startsWith('Basic ')) {
          grant = 'basic';
          ok = req.headers.authorization === `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
        }
        tokenRequests.push({ grant, granted: ok, scope });
        if (!ok) {
          res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
          return;
        }
        const token = jwt(scope);
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ token, access_token: token, expires_in: 600, refresh_token: refreshToken }));
      });
  });
  await new Promise<void>((resolve) => server.listen(tokenPort, '127.0.0.1', resolve));
  const registry = await serveRegistry((port, dataDir) =>
    registryConfig(
      port,
      dataDir,
      `auth:\n  token:\n    realm: http://127.0.0.1:${tokenPort}/token\n    service: ${service}\n    issuer: ${issuer}\n    rootcertbundle: ${path.join(
        dir,
        'cert.pem'
      )}\n`
    )
  );
  return {
    ...registry,
    tokenRequests,
    stop: async () => {
      await registry.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
