#!/usr/bin/env node
// Builds the job image: prepares image/.context from the built packages (image/context.mjs) and
// runs `docker build` tagged layercache/layercache:<SDK version>. Extra arguments go to docker
// build as they are, e.g. --build-arg BASE_IMAGE=… or --push.
// Usage: pnpm build && node image/build.mjs [docker build args…]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMAGE, imageVersion, prepareContext } from './context.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const version = imageVersion();
const { dir } = prepareContext();
const dockerfile = path.join(here, 'Dockerfile');
const args = ['build', '-f', dockerfile, '--build-arg', `VERSION=${version}`, '--tag', `${IMAGE}:${version}`];
execFileSync('docker', [...args, ...process.argv.slice(2), dir], { stdio: 'inherit' });
