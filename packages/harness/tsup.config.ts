import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

// dist/sdk.js: the bundled SDK the bin takes handleInterrupts from (the same module main.js bundles).
const sdk = createRequire(import.meta.url).resolve('@layercache/sdk');
export default defineConfig(packageBuild({ index: 'src/index.ts', main: 'src/main.ts', sdk }));
