// Loaded into the layercache CLI with `node --require` by the overhead benchmark: records when each
// child process starts and ends (ms since this process began) and, on exit, writes them with the
// process's own peak RSS (KiB) and CPU time (ms) as JSON to LAYERCACHE_BENCH_PROBE_FILE. The CLI is not changed.
const childProcess = require('node:child_process');
const { syncBuiltinESMExports } = require('node:module');
const { writeFileSync } = require('node:fs');

const file = process.env.LAYERCACHE_BENCH_PROBE_FILE;
if (file) {
  const spawns = [];
  const original = childProcess.spawn;
  childProcess.spawn = function spawn(command, args, options) {
    const entry = { command, args: Array.isArray(args) ? args : [], startMs: performance.now(), endMs: undefined };
    spawns.push(entry);
    const child = original.call(this, command, args, options);
    child.once('exit', () => { entry.endMs = performance.now(); });
    return child;
  };
  syncBuiltinESMExports(); // the CLI's ESM `import { spawn }` sees the wrapper
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    const cpuMs = (userCPUTime + systemCPUTime) / 1000;
    writeFileSync(file, JSON.stringify({ maxRssKb: maxRSS, cpuMs, exitMs: performance.now(), spawns }));
  });
}
