// Docker image reference grammar (distribution/reference), enough to reject bad tags and
// cache refs before a build starts. Pure.

const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';

const REPOSITORY_RE = new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)$`);
const TAG_RE = new RegExp(`^${TAG}$`);
const DIGEST_RE = new RegExp(`^${DIGEST}$`);

export interface ImageReference {
  /** Repository with its registry host, e.g. `registry.example.com/group/app`. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Parses `repo[:tag][@digest]`; returns an error message instead of throwing. */
export function parseImageReference(input: string): ImageReference | { error: string } {
  if (input.length === 0) return { error: 'is empty' };
  if (input.length > 255 + 129) return { error: `is ${input.length} characters long; a reference is at most about 384` };
  if (/[\s\0]/.test(input)) return { error: 'contains white space, a newline or a NUL character' };
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) return { error: `has an invalid digest "${digest}"` };
  }
  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG_RE.test(tag)) {
      return { error: `has an invalid tag "${tag}" (letters, digits, _ . -, not starting with . or -, at most 128)` };
    }
  }
  const match = REPOSITORY_RE.exec(rest);
  if (!match) {
    return { error: `has an invalid repository "${rest}" (lower case letters, digits and . _ - separators, optionally after a registry host)` };
  }
  if (rest.length > 255) return { error: 'has a repository name longer than 255 characters' };
  return { repository: rest, tag, digest };
}

export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag);
}
