// Turns BuildKit progress events into buildx-like plain lines for the user's log:
//   #7 [deps 2/2] RUN make          (when a step starts)
//   #7 CACHED / #7 DONE 1.2s / #7 ERROR: …
// Pure: returns lines; the caller writes them.
import type { ProgressTracker, SolveStatus, VertexState } from './progress.js';

export function progressLines(tracker: ProgressTracker, status: SolveStatus, announced: Set<string>): string[] {
  const lines: string[] = [];
  const changed = tracker.apply(status);
  for (const v of changed) {
    if (!announced.has(v.digest)) {
      announced.add(v.digest);
      lines.push(`#${v.index} ${v.name}`);
    }
    const end = ending(v);
    if (end && !announced.has(`${v.digest}:end`)) {
      announced.add(`${v.digest}:end`);
      lines.push(`#${v.index} ${end}`);
    }
  }
  for (const log of status.logs ?? []) {
    const v = tracker.vertex(log.vertex);
    const text = Buffer.from(log.data ?? '', 'base64').toString('utf8');
    for (const line of text.split('\n')) if (line.trim() !== '') lines.push(`#${v?.index ?? '?'} ${line}`);
  }
  return lines;
}

function ending(v: VertexState): string | undefined {
  if (v.error) return `ERROR: ${v.error}`;
  if (v.cached) return 'CACHED';
  if (v.completed && v.started) return `DONE ${((Date.parse(v.completed) - Date.parse(v.started)) / 1000).toFixed(1)}s`;
  return undefined;
}
