// BuildKit's progress events (the shape `--progress=rawjson` prints) and a tracker that folds
// them into one record per vertex, in first-seen order. Pure.

export interface RawVertex {
  digest: string;
  name?: string;
  started?: string;
  completed?: string;
  cached?: boolean;
  error?: string;
}

export interface RawLog {
  vertex: string;
  stream?: number;
  data?: string; // base64
}

export interface SolveStatus {
  vertexes?: RawVertex[];
  statuses?: unknown[];
  logs?: RawLog[];
  warnings?: Array<{ vertex?: string; short?: string }>;
}

export interface VertexState {
  digest: string;
  name: string;
  /** Position in first-seen order, 1-based, like buildx's `#n`. */
  index: number;
  started?: string;
  completed?: string;
  cached: boolean;
  error?: string;
}

export class ProgressTracker {
  private readonly byDigest = new Map<string, VertexState>();

  /** Applies one event; returns the vertices it changed. */
  apply(status: SolveStatus): VertexState[] {
    const changed: VertexState[] = [];
    for (const v of status.vertexes ?? []) {
      let state = this.byDigest.get(v.digest);
      if (!state) {
        state = { digest: v.digest, name: v.name ?? v.digest, index: this.byDigest.size + 1, cached: false };
        this.byDigest.set(v.digest, state);
      }
      if (v.name) state.name = v.name;
      if (v.started) state.started = v.started;
      if (v.completed) state.completed = v.completed;
      if (v.cached) state.cached = true;
      if (v.error) state.error = v.error;
      changed.push(state);
    }
    return changed;
  }

  vertex(digest: string): VertexState | undefined {
    return this.byDigest.get(digest);
  }

  vertices(): VertexState[] {
    return [...this.byDigest.values()];
  }
}

/** Folds a whole recorded progress stream: what the report tests feed. */
export function trackAll(events: SolveStatus[]): VertexState[] {
  const tracker = new ProgressTracker();
  for (const e of events) tracker.apply(e);
  return tracker.vertices();
}
