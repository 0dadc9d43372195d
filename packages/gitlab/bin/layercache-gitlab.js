#!/usr/bin/env node
// layercache-gitlab: the GitLab CI adapter. Hands the process's env and streams to runGitLab().
import { handleInterrupts } from '../dist/sdk.js';
import { runGitLab } from '../dist/main.js';

// SIGTERM/SIGINT stop the build and remove its private docker config; exit 143/130.
const interrupts = handleInterrupts(process);
process.exitCode = interrupts.exitCode(await runGitLab(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
}));
