import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

export default defineConfig(packageBuild({ index: 'src/index.ts', 'adapter/index': 'src/adapter/index.ts', 'cli/main': 'src/cli/main.ts' }));
