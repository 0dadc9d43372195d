// The multi-service build model: what layercache needs to know about each service (Compose) or
// target (bake file) to give it its own cache refs. Produced by compose.ts or bake-print.ts.
import { ConfigError } from '../errors.js';
import { slugify } from '../keys/slug.js';

export type ProjectFormat = 'compose' | 'bake';

export interface BakeService {
  /** Name in the user's file (a Compose service may contain "." and upper case). */
  name: string;
  /** Name bake gives the target: Compose service names with "." become "_". */
  target: string;
  /** Tag- and path-safe name: the cache ref/dir suffix of this service. */
  slug: string;
  /** Build context as written (relative to the project directory, or a URL). */
  context: string;
  /** Dockerfile relative to the context; undefined with an inline Dockerfile. */
  dockerfile?: string;
  dockerfileInline?: boolean;
  /** Dockerfile stage to build. */
  stage?: string;
  args: Record<string, string>;
  tags: string[];
  /** The user's own cache entries: kept, after layercache's. */
  cacheFrom: string[];
  cacheTo: string[];
}

export interface BakeProject {
  format: ProjectFormat;
  /** Services/targets that build an image, in file order. */
  services: BakeService[];
  /** Names of services without `build:` (ignored, shown in the plan). */
  ignored: string[];
  warnings: string[];
}

/** bake's own conversion of a Compose service name into a target name. */
export function bakeTargetName(service: string): string {
  return service.replaceAll('.', '_');
}

/** A context that is not a local directory (git URL, remote tarball, named context). */
export function isRemoteContext(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || /^[a-z-]+-image:|^target:|^service:/.test(context);
}

/** Gives every service its slug, refusing two services whose slugs would share a cache. */
export function assignSlugs(services: Array<Omit<BakeService, 'slug'>>): BakeService[] {
  const owners = new Map<string, string>();
  const issues = [];
  const out: BakeService[] = [];
  for (const s of services) {
    const slug = slugify(s.name);
    const other = owners.get(slug);
    if (other !== undefined) {
      issues.push({
        path: `services.${s.name}`,
        message: `its cache name "${slug}" is the same as service ${other}'s, so they would overwrite each other's cache`,
        hint: 'rename one of the services (names differing only in case, ".", "_" or "-" share a cache name)',
      });
    }
    owners.set(slug, s.name);
    out.push({ ...s, slug });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return out;
}
