// Loaded into the layercache CLI with `node --require`: when the process exits, writes its own
// peak resident set size (KiB, getrusage of this process only, not its docker children).
const { writeFileSync } = require('node:fs');
const file = process.env.LAYERCACHE_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
