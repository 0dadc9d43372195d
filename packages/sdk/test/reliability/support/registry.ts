// Throwaway registries the reliability tests may break: a real docker-registry process on a free
// 127.0.0.1 port (kill it, restart it on the same data), and a tiny HTTP proxy in front of one
// that can deny a repository (401/403), demand a login, or act on a request (kill mid-export).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(p));
    });
  });
}

async function waitFor(url: string, up: boolean): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const ok = await fetch(url)
      .then((r) => r.status < 500)
      .catch(() => false);
    if (ok === up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come ${up ? 'up' : 'down'}`);
}

export interface ScratchRegistry {
  /** host:port */
  address: string;
  dataDir: string;
  /** SIGKILL, no goodbye: what a crashed or unreachable registry looks like. */
  kill(): Promise<void>;
  /** Starts it again on the same port and storage. */
  restart(): Promise<void>;
}

export async function startScratchRegistry(): Promise<ScratchRegistry> {
  const port = await freePort();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-reliab-registry-'));
  const config = path.join(dir, 'config.yml');
  // delete enabled so tests can also prune; log level error keeps the output quiet.
  await writeFile(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  delete:\n    enabled: true\n  filesystem:\n    rootdirectory: ${dir}/data\nhttp:\n  addr: 127.0.0.1:${port}\n`
  );
  let child: ChildProcess | undefined;
  const url = `http://127.0.0.1:${port}/v2/`;
  const start = async () => {
    child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
    await waitFor(url, true);
  };
  await start();
  return {
    address: `127.0.0.1:${port}`,
    dataDir: path.join(dir, 'data'),
    kill: async () => {
      child?.kill('SIGKILL');
      await waitFor(url, false);
    },
    restart: start,
  };
}

export type ProxyAction = 'forward' | { status: number; message?: string } | 'kill-then-forward';

export interface ProxyOptions {
  /** Decides per request; default forward. */
  decide?: (req: http.IncomingMessage) => ProxyAction;
  /** Called once for 'kill-then-forward' before the request goes on (to a dead registry). */
  onKill?: () => Promise<void>;
}

export interface Proxy {
  address: string;
  requests: Array<{ method: string; url: string; status: number }>;
  close(): Promise<void>;
}

/** An HTTP proxy to `target` (host:port) that can answer some requests itself. */
export async function startProxy(target: string, options: ProxyOptions = {}): Promise<Proxy> {
  const [host, port] = target.split(':');
  const requests: Proxy['requests'] = [];
  const server = http.createServer(async (req, res) => {
    const action = options.decide?.(req) ?? 'forward';
    if (typeof action === 'object') {
      requests.push({ method: req.method!, url: req.url!, status: action.status });
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'docker-distribution-api-version': 'registry/2.0',
      };
      if (action.status === 401) headers['www-authenticate'] = `Basic realm="layercache-test"`;
      res.writeHead(action.status, headers);
      const code = action.status === 401 ? 'UNAUTHORIZED' : 'DENIED';
      res.end(
        JSON.stringify({
          errors: [
            {
              code,
              message:
                action.message ??
                (action.status === 401 ? 'authentication required' : 'requested access to the resource is denied'),
            },
          ],
        })
      );
      req.resume();
      return;
    }
    if (action === 'kill-then-forward') await options.onKill?.();
    const upstream = http.request(
      { host, port: Number(port), method: req.method, path: req.url, headers: req.headers },
      (up) => {
        requests.push({ method: req.method!, url: req.url!, status: up.statusCode ?? 0 });
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      }
    );
    upstream.on('error', () => {
      requests.push({ method: req.method!, url: req.url!, status: 502 });
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  const proxyPort = await freePort();
  await new Promise<void>((resolve) => server.listen(proxyPort, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${proxyPort}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Basic-auth check for a login-protected proxy: anything without these credentials gets a 401. */
export function requireLogin(username: string, password: string): (req: http.IncomingMessage) => ProxyAction {
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  return (req) => (req.headers.authorization === expected ? 'forward' : { status: 401 });
}
