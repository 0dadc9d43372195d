// Pure parsers for `docker buildx version` and `docker buildx inspect`.
// They replace @docker/actions-toolkit's Buildx.parseVersion and Builder.parseInspect: importing the toolkit
// cost ~1.1 CPU-s and ~90 MB per build for these two functions. Only what preflight needs is kept.

export interface BuilderNode {
  name?: string;
  endpoint?: string;
  status?: string;
  /** As reported ("v0.13.2", "3fab389", "v0.0.0+unknown"); absent when buildx prints none. */
  buildkit?: string;
  /** `key=value` pairs from "Driver Options". */
  driverOpts: string[];
  platforms: string[];
  /** buildx's driver features ("Cache export": true, …): printed by inspect only in debug mode (buildx >= 0.14). */
  features?: Record<string, boolean>;
  labels: Record<string, string>;
}

export interface BuilderInspect {
  name?: string;
  driver?: string;
  /** A builder-level "Error:" line (the builder cannot be reached). */
  error?: string;
  nodes: BuilderNode[];
}

/** "github.com/docker/buildx v0.29.1 a8b…" or Debian's "github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3" -> "0.29.1". */
export function parseBuildxVersion(stdout: string): string {
  const match = /\sv?(\d+\.\d+\.\d+)|\sv?([0-9a-f]{7,40})\b/.exec(stdout);
  if (!match) throw new Error(`cannot parse the buildx version from: ${stdout.trim().slice(0, 120)}`);
  return match[1] ?? match[2]!;
}

type Section = 'features' | 'labels' | 'other' | undefined;

/** The text of `docker buildx inspect [NAME]`: "Key: value" lines, indented sub-lists, one block per node. */
export function parseBuildxInspect(stdout: string): BuilderInspect {
  const builder: BuilderInspect = { nodes: [] };
  let node: BuilderNode | undefined;
  let section: Section;
  for (const line of stdout.split('\n')) {
    if (line.trim() === '') continue;
    const indented = /^\s/.test(line);
    const colon = line.indexOf(':');
    const key = (colon < 0 ? line : line.slice(0, colon)).trim();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (indented) {
      if (node && section === 'features') node.features![key] = value === 'true';
      else if (node && section === 'labels') node.labels[key] = value;
      continue;
    }
    section = undefined;
    const lkey = key.toLowerCase();
    if (lkey === 'nodes') {
      node = undefined;
    } else if (lkey === 'name') {
      if (builder.name === undefined) builder.name = value;
      else builder.nodes.push((node = { name: value, driverOpts: [], platforms: [], labels: {} }));
    } else if (!node) {
      if (lkey === 'driver') builder.driver = value;
      else if (lkey === 'error') builder.error = value;
    } else if (lkey === 'endpoint') node.endpoint = value;
    else if (lkey === 'status') node.status = value;
    else if (lkey === 'buildkit version' || lkey === 'buildkit') node.buildkit = value; // "Buildkit:" before buildx 0.13
    else if (lkey === 'driver options') node.driverOpts = [...value.matchAll(/([\w.-]+)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
    else if (lkey === 'platforms') node.platforms = preferredPlatforms(value);
    else if (lkey === 'features') {
      node.features = {};
      section = 'features';
    } else if (lkey === 'labels') section = 'labels';
    else section = 'other'; // GC policies, devices, files: not needed
  }
  return builder;
}

/** "linux/arm64*, linux/amd64": the starred (preferred) platforms when any, else all. */
function preferredPlatforms(value: string): string[] {
  const all = value.split(',').map((p) => p.trim()).filter(Boolean);
  const starred = all.filter((p) => p.endsWith('*'));
  return starred.length > 0 ? starred.map((p) => p.slice(0, -1)) : all;
}
