// BuildKit's progress events (the shape `--progress=rawjson` prints) and a tracker that folds
// them into one record per vertex, in first-seen order. Pure.

export interface RawVertex {
  digest: string;
  inputs?: string[];
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
  /** Digests of the vertices this one depends on. */
  inputs: string[];
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
        state = { digest: v.digest, name: v.name ?? v.digest, index: this.byDigest.size + 1, inputs: [], cached: false };
        this.byDigest.set(v.digest, state);
      }
      if (v.name) state.name = v.name;
      if (v.inputs && v.inputs.length > 0) state.inputs = v.inputs;
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

  /** Vertices in build order: every vertex after its inputs (BuildKit reports them top-down). */
  vertices(): VertexState[] {
    return buildOrder([...this.byDigest.values()]);
  }
}

/** Folds a whole recorded progress stream: what the report tests feed. */
export function trackAll(events: SolveStatus[]): VertexState[] {
  const tracker = new ProgressTracker();
  for (const e of events) tracker.apply(e);
  return tracker.vertices();
}

/** Sorts by dependency depth (longest chain of inputs), then first-seen order. */
export function buildOrder(vertices: VertexState[]): VertexState[] {
  const byDigest = new Map(vertices.map((v) => [v.digest, v]));
  const depth = new Map<string, number>();
  const depthOf = (v: VertexState, seen: Set<string>): number => {
    const known = depth.get(v.digest);
    if (known !== undefined) return known;
    if (seen.has(v.digest)) return 0; // a cycle cannot happen in a DAG; guard anyway
    seen.add(v.digest);
    let d = 0;
    for (const input of v.inputs) {
      const parent = byDigest.get(input);
      if (parent) d = Math.max(d, depthOf(parent, seen) + 1);
    }
    depth.set(v.digest, d);
    return d;
  };
  return [...vertices].sort((a, b) => depthOf(a, new Set()) - depthOf(b, new Set()) || a.index - b.index);
}
