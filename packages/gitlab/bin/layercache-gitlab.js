#!/usr/bin/env node
// layercache-gitlab: the GitLab CI adapter. Hands the process's env and streams to runGitLab().
import { runGitLab } from '../dist/main.js';

process.exitCode = await runGitLab(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
});
