// The build record: what each step of the last build that wrote a cache depended on, kept next
// to that cache, so the next build can say why a step missed. Never holds secret values.

export interface StepRecord {
  /** `<stage label>#<n>`, matching BuildKit's `[stage n/m]` step names. */
  key: string;
  instruction: string;
  /** Build args in scope of the step (secret-looking names hold a hash, not the value). */
  buildArgs: Record<string, string>;
  /** COPY/ADD from the context: file path -> sha256 (at most MAX_SOURCE_FILES). */
  sources?: Record<string, string>;
  /** sha256 over every source file, also past the cap. */
  sourcesDigest?: string;
  /** How long the step took when it was last built (carried forward while it stays cached). */
  builtMs: number | null;
}

export interface BuildRecord {
  version: 1;
  createdAt: string;
  /** Stage label -> the base image digest BuildKit resolved. */
  baseImages: Record<string, string>;
  steps: StepRecord[];
}

export type MissReason =
  | { kind: 'new-step'; message: string }
  | { kind: 'instruction-changed'; message: string; before: string; after: string }
  | { kind: 'build-arg-changed'; message: string; args: string[] }
  | { kind: 'base-image-moved'; message: string; before: string; after: string }
  | { kind: 'sources-changed'; message: string; files: string[] }
  | { kind: 'not-in-cache'; message: string }
  | { kind: 'no-record'; message: string };

export const MAX_SOURCE_FILES = 2000;
