#!/usr/bin/env node
import { main } from '../dist/main.js';

process.exitCode = await main({ env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
