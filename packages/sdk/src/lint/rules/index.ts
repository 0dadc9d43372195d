// Every lint rule, in the order the docs list them. A new rule is a new file plus a line here.
import type { LintRule } from '../types.js';
import { addRemoteWithoutChecksum } from './add-remote-without-checksum.js';
import { aptUpdateSeparateRun } from './apt-update-separate-run.js';
import { contextNotIgnored } from './context-not-ignored.js';
import { copyContextBeforeInstall } from './copy-context-before-install.js';
import { dockerignoreMissing } from './dockerignore-missing.js';
import { floatingBaseImage } from './floating-base-image.js';
import { inlineCacheMultiStage } from './inline-cache-multi-stage.js';
import { runWithoutCacheMount } from './run-without-cache-mount.js';
import { secretBuildArg } from './secret-build-arg.js';
import { volatileArgBeforeRun } from './volatile-arg-before-run.js';

export const lintRules: readonly LintRule[] = [
  copyContextBeforeInstall,
  volatileArgBeforeRun,
  aptUpdateSeparateRun,
  addRemoteWithoutChecksum,
  runWithoutCacheMount,
  dockerignoreMissing,
  contextNotIgnored,
  floatingBaseImage,
  inlineCacheMultiStage,
  secretBuildArg,
];
