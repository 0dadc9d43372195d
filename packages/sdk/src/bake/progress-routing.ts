// One bake run streams the progress of every target together. buildx prefixes each vertex name
// with its target ("[api base 2/4] RUN …", "[api internal] load …", "[api] exporting cache …"),
// but two targets sharing a stage report the SAME vertex digest. So each event is rewritten to
// per-target digests ("api␟sha256:…") before one ProgressTracker folds it; a service's vertices
// are then the ones under its key, with the prefix taken off, ready for buildReport. Pure.
import type { RawVertex, SolveStatus, VertexState } from '../report/progress.js';

const SEP = '\u241f'; // ␟: cannot appear in a target name or a digest

export class TargetRouter {
  /** Longest first, so "[api-v2 …" never matches target "api". */
  private readonly targets: string[];
  /** Last target seen for a digest: where nameless updates and logs go. */
  private readonly lastTarget = new Map<string, string>();

  constructor(targets: string[]) {
    this.targets = [...targets].sort((a, b) => b.length - a.length);
  }

  /** Target a vertex name belongs to ("" for bake's own vertices, e.g. "[internal] load local bake definitions"). */
  targetOf(name: string): string | undefined {
    return this.targets.find((t) => name.startsWith(`[${t} `) || name.startsWith(`[${t}]`));
  }

  /** The event with every digest keyed by its target. */
  route(status: SolveStatus): SolveStatus {
    const vertexes = (status.vertexes ?? []).map((v) => this.routeVertex(v));
    const logs = (status.logs ?? []).map((l) => ({ ...l, vertex: this.key(this.lastTarget.get(l.vertex) ?? '', l.vertex) }));
    return { ...status, vertexes, logs };
  }

  private routeVertex(v: RawVertex): RawVertex {
    const target = (v.name !== undefined ? this.targetOf(v.name) : undefined) ?? this.lastTarget.get(v.digest) ?? '';
    this.lastTarget.set(v.digest, target);
    return { ...v, digest: this.key(target, v.digest), inputs: v.inputs?.map((i) => this.key(target, i)) };
  }

  private key(target: string, digest: string): string {
    return `${target}${SEP}${digest}`;
  }
}

/**
 * The vertices of one target, with their original digests and names as a single build shows them.
 * When two targets run the same step at once, BuildKit solves it once and shows the other target's
 * vertex in both streams: a target then reports that step twice (its own vertex, cached, and the
 * one that ran). One entry per step name stays, cached when either was: the step did not run for it.
 */
export function targetVertices(all: VertexState[], target: string): VertexState[] {
  const prefix = `${target}${SEP}`;
  const byName = new Map<string, VertexState>();
  for (const v of all) {
    if (!v.digest.startsWith(prefix)) continue;
    const own = { ...v, digest: v.digest.slice(prefix.length), inputs: v.inputs.map((i) => i.slice(i.indexOf(SEP) + 1)), name: stripTarget(v.name, target) };
    const seen = byName.get(own.name);
    if (!seen) byName.set(own.name, own);
    else if (own.cached && !seen.cached) byName.set(own.name, { ...own, index: seen.index, error: seen.error ?? own.error });
    else if (own.error && !seen.error) seen.error = own.error;
  }
  return [...byName.values()];
}

/** "[api base 2/4] RUN x" -> "[base 2/4] RUN x"; "[api] exporting cache" -> "exporting cache". */
export function stripTarget(name: string, target: string): string {
  if (name.startsWith(`[${target}] `)) return name.slice(target.length + 3);
  if (name.startsWith(`[${target} `)) return `[${name.slice(target.length + 2)}`;
  return name;
}
