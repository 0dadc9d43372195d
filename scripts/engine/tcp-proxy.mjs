// Plain-TCP front for the engine's unix socket: 127.0.0.1:PORT -> SOCKET, byte for byte.
// dockerd applies its --tls* flags to every TCP listener, so one daemon cannot serve TLS and
// plain TCP at once; this gives the tests a plain tcp:// endpoint to the same daemon.
// Usage: node tcp-proxy.mjs PORT SOCKET
import net from 'node:net';

const [port, socket] = process.argv.slice(2);
net
  .createServer((client) => {
    const daemon = net.connect(socket);
    client.pipe(daemon).pipe(client);
    const close = () => {
      client.destroy();
      daemon.destroy();
    };
    client.on('error', close);
    daemon.on('error', close);
  })
  .listen(Number(port), '127.0.0.1');
