#!/usr/bin/env node
// Prepares the job image's build context from the bundled packages, so the image build needs no
// package registry: each package is packed as npm would publish it (pnpm pack) and unpacked where
// `npm install --global` puts it (/usr/local/lib/node_modules/@layercache/<name>), with each bin
// linked from /usr/local/bin as npm links it. Source maps and .d.ts files stay out of the image.
// Usage: node image/context.mjs [outDir]   (default image/.context; run `pnpm build` first)
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
export const PACKAGES = ['sdk', 'gitlab', 'harness', 'semaphore', 'circleci'];
/** The published image's name; its tag is imageVersion(). */
export const IMAGE = 'layercache/layercache';

/** The image's version: the SDK's (the `layercache` CLI's) package version. */
export function imageVersion() {
  return JSON.parse(readFileSync(path.join(root, 'packages/sdk/package.json'), 'utf8')).version;
}

function dropUnneeded(dir) {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) dropUnneeded(p);
    else if (/\.(map|d\.ts)$/.test(entry)) rmSync(p);
  }
}

/** Writes <out>/rootfs (copied onto / by image/Dockerfile); returns the bins it linked. */
export function prepareContext(out = path.join(here, '.context')) {
  rmSync(out, { recursive: true, force: true });
  const modules = path.join(out, 'rootfs/usr/local/lib/node_modules/@layercache');
  const binDir = path.join(out, 'rootfs/usr/local/bin');
  mkdirSync(modules, { recursive: true });
  mkdirSync(binDir, { recursive: true });
  const packs = mkdtempSync(path.join(os.tmpdir(), 'layercache-image-packs-'));
  const bins = [];
  try {
    for (const name of PACKAGES) {
      const pkgDir = path.join(root, 'packages', name);
      if (!existsSync(path.join(pkgDir, 'dist')))
        throw new Error(`packages/${name}/dist is missing: run pnpm build first`);
      execFileSync('pnpm', ['pack', '--pack-destination', packs], {
        cwd: pkgDir,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const tarball = readdirSync(packs).find((f) => f.startsWith(`layercache-${name}-`) && f.endsWith('.tgz'));
      if (!tarball) throw new Error(`pnpm pack wrote no tarball for packages/${name}`);
      const dest = path.join(modules, name);
      mkdirSync(dest);
      execFileSync('tar', ['-xzf', path.join(packs, tarball), '-C', dest, '--strip-components=1']);
      dropUnneeded(path.join(dest, 'dist'));
      const manifest = JSON.parse(readFileSync(path.join(dest, 'package.json'), 'utf8'));
      for (const [bin, file] of Object.entries(manifest.bin ?? {})) {
        symlinkSync(path.posix.join('../lib/node_modules/@layercache', name, file), path.join(binDir, bin));
        bins.push(bin);
      }
    }
  } finally {
    rmSync(packs, { recursive: true, force: true });
  }
  return { dir: out, bins };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dir, bins } = prepareContext(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(
    `image context in ${path.relative(process.cwd(), dir) || '.'}: ${bins.join(', ')} (version ${imageVersion()})`
  );
}
