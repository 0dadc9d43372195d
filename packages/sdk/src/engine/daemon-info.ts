// The engine's GET /info, asked over its own socket or TCP port (with the endpoint's TLS files), instead
// of spawning `docker info`: the docker CLI takes 100-300 ms on a 2-core runner to start, scan and vet
// its plugins (it runs each one's metadata command) and ask the same API. Only the endpoints this can
// dial exactly as docker does (unix, tcp with an explicit port, TLS with all three files); anything else,
// and any failure, answers undefined so the caller runs `docker info`, whose own words explain a failure.
// Only the signal's abort rejects (the caller's time limit: a dropped-packet endpoint must not wait twice).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { serverName } from '../registry/http-fetch.js';
import type { DockerEndpoint } from './endpoint.js';

export interface DaemonInfo {
  ServerVersion?: string;
  DriverStatus?: Array<[string, string]> | null;
  ServerErrors?: string[];
}

export type DaemonInfoSource = (endpoint: DockerEndpoint, signal: AbortSignal) => Promise<DaemonInfo | undefined>;

type Target = http.RequestOptions & { tls: boolean };

/** How to reach the endpoint's API, or undefined where only the docker CLI can (ssh, npipe, fd, incomplete TLS). */
export function apiTarget(endpoint: DockerEndpoint): Target | undefined {
  const host = endpoint.host.trim();
  if (endpoint.scheme === 'unix') return { socketPath: host.slice('unix://'.length), tls: false };
  if (endpoint.scheme !== 'tcp') return undefined;
  const m = /^(?:tcp:\/\/)?(\[[0-9a-fA-F:.]+\]|[^:/[\]@]+):(\d{1,5})\/?$/.exec(host);
  if (!m) return undefined; // no port (docker's default depends on its flags) or a path prefix: leave it to docker
  const target: Target = { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]), tls: false };
  const tls = endpoint.tls;
  if (!tls) return target;
  if (tls.missing.length > 0) return undefined;
  try {
    const read = (f: string) => readFileSync(path.join(tls.certDir, f));
    return {
      ...target,
      tls: true,
      ca: read('ca.pem'),
      cert: read('cert.pem'),
      key: read('key.pem'),
      rejectUnauthorized: tls.verify,
    } as Target;
  } catch {
    return undefined;
  }
}

export const daemonInfo: DaemonInfoSource = (endpoint, signal) => {
  const target = apiTarget(endpoint);
  if (!target) return Promise.resolve(undefined);
  const { tls, ...options } = target;
  return new Promise((resolve, reject) => {
    // A fresh agent: no keep-alive socket left to hold the process open after the build.
    const agent = tls ? new https.Agent({ keepAlive: false }) : new http.Agent({ keepAlive: false });
    const servername = serverName(options.host, tls);
    const request = { ...options, servername, agent, path: '/info', method: 'GET', signal };
    const req = (tls ? https : http).request(request, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('error', () => resolve(undefined));
      res.on('end', () => {
        if (res.statusCode !== 200) return resolve(undefined);
        try {
          resolve(JSON.parse(body) as DaemonInfo);
        } catch {
          resolve(undefined);
        }
      });
    });
    req.on('error', (error) => (signal.aborted ? reject(error) : resolve(undefined)));
    req.end();
  });
};
