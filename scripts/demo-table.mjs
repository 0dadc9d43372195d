// Prints the demo's cold/warm table from the JSON reports it wrote.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const rows = ['| backend | cold | warm (fresh runner) | warm steps cached |', '|---|---|---|---|'];
for (const backend of ['inline', 'registry', 'local']) {
  const read = (phase) => JSON.parse(readFileSync(path.join(dir, `${backend}-${phase}.json`), 'utf8'));
  const cold = read('cold');
  const warm = read('warm');
  rows.push(`| ${backend} | ${(cold.durationMs / 1000).toFixed(1)} s | ${(warm.durationMs / 1000).toFixed(1)} s | ${warm.cachedSteps}/${warm.totalSteps} |`);
}
console.log(rows.join('\n'));
