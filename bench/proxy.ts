// A counting TCP proxy in front of the registry: every strategy talks to the registry through it,
// so the bytes each build pulls (registry -> client) and pushes (client -> registry) are counted
// on the wire, HTTP headers included.
import net from 'node:net';

export interface ByteTotals {
  pulled: number;
  pushed: number;
}

export class ByteCounter {
  private pulled = 0;
  private pushed = 0;

  addPulled(n: number): void {
    this.pulled += n;
  }

  addPushed(n: number): void {
    this.pushed += n;
  }

  totals(): ByteTotals {
    return { pulled: this.pulled, pushed: this.pushed };
  }

  /** Bytes moved since an earlier totals() snapshot. */
  since(before: ByteTotals): ByteTotals {
    return { pulled: this.pulled - before.pulled, pushed: this.pushed - before.pushed };
  }
}

export interface CountingProxy {
  /** host:port to use instead of the registry's. */
  address: string;
  counter: ByteCounter;
  close(): Promise<void>;
}

/** Listens on an ephemeral 127.0.0.1 port and forwards every connection to target (host:port). */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const [host, port] = splitHostPort(target);
  const counter = new ByteCounter();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => counter.addPushed(chunk.length));
    upstream.on('data', (chunk: Buffer) => counter.addPulled(chunk.length));
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port: listening } = server.address() as net.AddressInfo;
  return {
    address: `127.0.0.1:${listening}`,
    counter,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export function splitHostPort(address: string): [string, number] {
  const match = /^(.+):(\d+)$/.exec(address);
  if (!match) throw new Error(`expected host:port, got "${address}"`);
  return [match[1]!, Number(match[2])];
}
