// Watches every process's argv (/proc/<pid>/cmdline) while a build runs, from a worker thread so
// the test's own event loop (spawning docker, piping its output) cannot delay the polling.
import { Worker } from 'node:worker_threads';

export interface ProcReport {
  /** Distinct (pid, argv) pairs seen. */
  processes: number;
  /** Of those, docker/buildx children. */
  dockerProcesses: number;
  /** Polls of the whole /proc done. */
  polls: number;
  /** argv that held a secret value: the secret's label and the pid (the argv itself is not kept). */
  leaks: Array<{ label: string; pid: string }>;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const seen = new Set();
let docker = 0, polls = 0, stop = false;
const leaks = [];
const sleeper = new Int32Array(new SharedArrayBuffer(4));
parentPort.on('message', () => { stop = true; });
function poll() {
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(pid)) continue;
    let argv;
    try { argv = fs.readFileSync('/proc/' + pid + '/cmdline', 'latin1'); } catch { continue; }
    const key = pid + ' ' + argv;
    if (seen.has(key)) continue;
    seen.add(key);
    if (/docker|buildx/.test(argv)) docker++;
    for (const s of workerData.secrets) if (argv.includes(s.value)) leaks.push({ label: s.label, pid });
  }
  polls++;
}
(async () => {
  poll();
  parentPort.postMessage('ready');
  while (!stop) {
    poll();
    Atomics.wait(sleeper, 0, 0, 2);
    await new Promise((r) => setImmediate(r)); // let the stop message in
  }
  parentPort.postMessage({ processes: seen.size, dockerProcesses: docker, polls, leaks });
})();
`;

/** Starts watching; resolves once the first full poll is done, so nothing started later is missed. */
export async function watchProcesses(secrets: Array<{ label: string; value: string }>): Promise<{ stop(): Promise<ProcReport> }> {
  const worker = new Worker(WORKER, { eval: true, workerData: { secrets } });
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    stop: () =>
      new Promise((resolve, reject) => {
        worker.once('message', (report: ProcReport) => {
          void worker.terminate();
          resolve(report);
        });
        worker.once('error', reject);
        worker.postMessage('stop');
      }),
  };
}
