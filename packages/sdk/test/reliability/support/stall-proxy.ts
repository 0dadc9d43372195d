// An HTTP proxy in front of a registry that holds every request for a while before forwarding it:
// what a registry behind a saturated link or a hung load balancer looks like to BuildKit.
import http from 'node:http';
import type net from 'node:net';
import { freePort } from './registry.js';

export interface StallProxy {
  address: string;
  /** Requests seen (each held `stallMs` first). */
  requests: number;
  close(): Promise<void>;
}

export async function startStallProxy(target: string, stallMs: number): Promise<StallProxy> {
  const [host, port] = target.split(':');
  const timers = new Set<NodeJS.Timeout>();
  const state = { requests: 0 };
  const server = http.createServer((req, res) => {
    state.requests += 1;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const upstream = http.request({ host, port: Number(port), method: req.method, path: req.url, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    }, stallMs);
    timers.add(timer);
  });
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = await freePort();
  await new Promise<void>((resolve) => server.listen(listen, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${listen}`,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
