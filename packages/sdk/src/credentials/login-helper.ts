// Hands registry logins to docker without writing them down: a credential helper executable in
// the run's private directory that asks this process, over a unix socket in the same 0700
// directory, for the login of the server URL docker names. The passwords live only in this
// process's memory: when it exits, however it exits, the helper has nothing to answer.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { RegistryCredentials } from '../registry/client.js';
import { authKey } from './registry-key.js';

/** The credHelpers value that names the helper (docker runs `docker-credential-layercache`). */
export const LOGIN_HELPER = 'layercache';

export interface LoginHelper {
  /** The directory to put first on PATH. */
  binDir: string;
  close(): Promise<void>;
}

// The helper itself: plain Node, no dependencies. `get` reads the server URL on stdin and prints
// the JSON answer; anything else (store, erase, list) is a no-op, as the run's logins are not the
// user's to change.
const helperSource = (socketPath: string) => `'use strict';
const net = require('node:net');
let input = '';
const notFound = () => { process.stdout.write('credentials not found in native keychain\\n'); process.exitCode = 1; };
process.stdin.setEncoding('utf8').on('data', (d) => (input += d)).on('end', () => {
  const op = process.argv[2];
  if (op !== 'get') { if (op === 'list') process.stdout.write('{}\\n'); return; }
  const socket = net.connect(${JSON.stringify(socketPath)});
  let answer = '';
  socket.setEncoding('utf8').on('data', (d) => (answer += d));
  socket.on('end', () => (answer ? process.stdout.write(answer) : notFound()));
  socket.on('error', notFound);
  socket.end(input.trim());
});
`;

/** Starts the socket server for `served` (keyed by authKey) and writes the helper under dir. */
export async function startLoginHelper(
  dir: string,
  served: ReadonlyMap<string, RegistryCredentials>,
  nodePath = process.execPath
): Promise<LoginHelper> {
  const binDir = path.join(dir, 'bin');
  const socketPath = path.join(dir, 'helper.sock');
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    let asked = '';
    socket.setEncoding('utf8').on('data', (d: string) => (asked += d));
    socket.on('error', () => undefined);
    socket.on('end', () => {
      const credentials = served.get(authKey(asked.trim()));
      socket.end(
        credentials
          ? JSON.stringify({ ServerURL: asked.trim(), Username: credentials.username, Secret: credentials.password })
          : ''
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  server.unref(); // never what keeps a process alive
  await chmod(socketPath, 0o600);
  await mkdir(binDir, { mode: 0o700 });
  const helper = path.join(binDir, `docker-credential-${LOGIN_HELPER}`);
  if (/^\S+$/.test(nodePath)) {
    // node itself as the interpreter: job images without /bin/sh (distroless-like) run it too. The
    // package.json makes the extension-less script CommonJS whatever package.json lies above $TMPDIR.
    await writeFile(path.join(binDir, 'package.json'), '{"type":"commonjs"}\n', { mode: 0o600 });
    await writeFile(helper, `#!${nodePath}\n${helperSource(socketPath)}`, { mode: 0o700 });
  } else {
    // A shebang cannot hold a path with spaces: a shell wrapper quotes it.
    await writeFile(path.join(binDir, 'helper.cjs'), helperSource(socketPath), { mode: 0o600 });
    await writeFile(helper, `#!/bin/sh\nexec ${shQuote(nodePath)} ${shQuote(path.join(binDir, 'helper.cjs'))} "$@"\n`, { mode: 0o700 });
  }
  return { binDir, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
