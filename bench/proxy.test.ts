// Runs the real proxy against a real echo server on 127.0.0.1: nothing is mocked.
import net from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { ByteCounter, splitHostPort, startCountingProxy, type CountingProxy } from './proxy.js';

describe('ByteCounter', () => {
  test('counts both directions and the bytes since a snapshot', () => {
    const counter = new ByteCounter();
    counter.addPulled(100);
    const before = counter.totals();
    counter.addPulled(50);
    counter.addPushed(7);
    expect(counter.totals()).toEqual({ pulled: 150, pushed: 7 });
    expect(counter.since(before)).toEqual({ pulled: 50, pushed: 7 });
  });
});

test.each([
  ['127.0.0.1:5065', ['127.0.0.1', 5065]],
  ['localhost:80', ['localhost', 80]],
])('splitHostPort(%s)', (address, expected) => {
  expect(splitHostPort(address)).toEqual(expected);
});

test('splitHostPort rejects an address without a port', () => {
  expect(() => splitHostPort('registry')).toThrow('expected host:port');
});

describe('startCountingProxy', () => {
  let proxy: CountingProxy | undefined;
  let server: net.Server | undefined;
  afterEach(async () => {
    await proxy?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('forwards bytes and counts what goes up and what comes back', async () => {
    // The upstream answers every byte with two, so the two directions differ.
    server = net.createServer((socket) => socket.on('data', (d: Buffer) => socket.write(Buffer.concat([d, d]))));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    proxy = await startCountingProxy(`127.0.0.1:${(server.address() as net.AddressInfo).port}`);
    const [host, port] = splitHostPort(proxy.address);
    const payload = Buffer.alloc(10_000, 'x');
    const received = await new Promise<number>((resolve, reject) => {
      const client = net.connect(port, host, () => client.write(payload));
      let got = 0;
      client.on('data', (d: Buffer) => {
        got += d.length;
        if (got >= 2 * payload.length) {
          client.end();
          resolve(got);
        }
      });
      client.on('error', reject);
    });
    expect(received).toBe(20_000);
    expect(proxy.counter.totals()).toEqual({ pushed: 10_000, pulled: 20_000 });
  });
});
