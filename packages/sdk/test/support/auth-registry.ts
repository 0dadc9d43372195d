// Registries that demand a login, for the credential tests: a real docker-registry with htpasswd
// auth on a free 127.0.0.1 port (dockerd treats 127.0.0.0/8 as insecure, so plain HTTP), its
// config and storage in a temp dir. docker-registry's htpasswd takes bcrypt only; perl's crypt()
// (libxcrypt, in every Debian base) writes bcrypt, so nothing needs installing.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../reliability/support/registry.js';

export interface AuthRegistry {
  /** host:port */
  address: string;
  stop(): Promise<void>;
}

const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A bcrypt hash of password (the password goes on perl's stdin, never its argv). */
export function bcrypt(password: string): Promise<string> {
  const salt = `$2b$05$${[...randomBytes(22)].map((b) => BCRYPT_ALPHABET[b % 64]).join('')}`;
  return new Promise((resolve, reject) => {
    const child = execFile(
      'perl',
      ['-e', '$p = <STDIN>; chomp $p; print crypt($p, $ARGV[0])', salt],
      (error, stdout) =>
        error || !stdout.startsWith('$2b$')
          ? reject(error ?? new Error('perl crypt() has no bcrypt'))
          : resolve(stdout)
    );
    child.stdin?.end(`${password}\n`);
  });
}

async function waitUp(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(url).then(
        () => true,
        () => false
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** Serves a registry config (YAML text from the port and data dir) with docker-registry until stopped. */
export async function serveRegistry(
  config: (port: number, dir: string) => string | Promise<string>
): Promise<AuthRegistry> {
  const port = await freePort();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-auth-registry-'));
  await writeFile(path.join(dir, 'config.yml'), await config(port, dir));
  const child: ChildProcess = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], { stdio: 'ignore' });
  await waitUp(`http://127.0.0.1:${port}/v2/`);
  return {
    address: `127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) =>
        child.exitCode !== null ? resolve() : child.once('exit', () => resolve()).kill('SIGTERM')
      ),
  };
}

export const registryConfig = (port: number, dir: string, auth: string) =>
  `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\nhttp:\n  addr: 127.0.0.1:${port}\n${auth}`;

/** docker-registry with htpasswd auth for these users. */
export async function startHtpasswdRegistry(users: Record<string, string>): Promise<AuthRegistry> {
  const lines = await Promise.all(
    Object.entries(users).map(async ([user, password]) => `${user}:${await bcrypt(password)}`)
  );
  return serveRegistry(async (port, dir) => {
    await writeFile(path.join(dir, 'htpasswd'), `${lines.join('\n')}\n`);
    return registryConfig(port, dir, `auth:\n  htpasswd:\n    realm: layercache-test\n    path: ${dir}/htpasswd\n`);
  });
}

export interface FakeHelper {
  /** The directory to put first on PATH. */
  binDir: string;
  /** Path of the file each `get` appends its server URL to. */
  callsFile: string;
}

/**
 * A real credential helper: `docker-credential-<name>`, a small Node program that implements the
 * `get` protocol from a table (server URL -> Username/Secret) and logs every server URL asked.
 * It stands in for ECR's or GCR's helper, which need their cloud; the protocol is the same.
 */
export async function writeCredentialHelper(
  name: string,
  table: Record<string, { Username: string; Secret: string }>
): Promise<FakeHelper> {
  const binDir = await mkdtemp(path.join(os.tmpdir(), 'lc-cred-helper-'));
  const tableFile = path.join(binDir, 'table.json');
  const callsFile = path.join(binDir, 'calls.log');
  await writeFile(tableFile, JSON.stringify(table), { mode: 0o600 });
  await writeFile(callsFile, '');
  const program = `const fs = require('node:fs');
let input = '';
process.stdin.on('data', (d) => (input += d)).on('end', () => {
  if (process.argv[2] !== 'get') return;
  const server = input.trim();
  fs.appendFileSync(${JSON.stringify(callsFile)}, server + '\\n');
  const found = JSON.parse(fs.readFileSync(${JSON.stringify(tableFile)}, 'utf8'))[server];
  if (!found) { process.stdout.write('credentials not found in native keychain\\n'); process.exitCode = 1; return; }
  process.stdout.write(JSON.stringify({ ServerURL: server, ...found }));
});
`;
  await writeFile(path.join(binDir, 'helper.cjs'), program);
  await writeFile(
    path.join(binDir, `docker-credential-${name}`),
    `#!/bin/sh\nexec '${process.execPath}' '${path.join(binDir, 'helper.cjs')}' "$@"\n`,
    { mode: 0o755 }
  );
  return { binDir, callsFile };
}

/** A DOCKER_CONFIG directory holding this config.json. */
export async function dockerConfigDir(config: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-docker-config-'));
  await writeFile(path.join(dir, 'config.json'), JSON.stringify(config), { mode: 0o600 });
  return dir;
}
