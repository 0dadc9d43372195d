#!/usr/bin/env node
// The Harness Plugin step's entrypoint: settings arrive as PLUGIN_* variables.
import { main } from '../dist/main.js';

process.exitCode = await main(process.env);
