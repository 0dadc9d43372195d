#!/usr/bin/env node
// The Harness Plugin step's entrypoint: settings arrive as PLUGIN_* variables.
import { handleInterrupts } from '../dist/sdk.js';
import { main } from '../dist/main.js';

// SIGTERM/SIGINT stop the build and remove its private docker config; exit 143/130.
const interrupts = handleInterrupts(process);
process.exitCode = interrupts.exitCode(await main(process.env));
