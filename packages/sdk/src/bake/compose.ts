// Compose file -> BakeProject. Reads `services.*.build` (string or object form: context,
// dockerfile, dockerfile_inline, target, args, tags, cache_from, cache_to, x-bake) with the real
// YAML parser (anchors and merge keys included), then interpolates ${VAR} from the environment it
// is given. Pure: the file's text and the environment are parameters.
import { parseDocument } from 'yaml';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { interpolate, InterpolationError, type Env } from './interpolate.js';
import { assignSlugs, bakeTargetName, type BakeProject, type BakeService } from './project.js';

// Compose's service name rule (compose-spec schema: `^[a-zA-Z0-9._-]+$`).
const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;

type Yaml = unknown;
type ServiceDraft = Omit<BakeService, 'slug'>;

export interface ComposeParseInput {
  /** File name, for error messages. */
  file: string;
  text: string;
  /** Interpolation environment (the caller's env, over the project's .env). */
  env: Env;
}

export function parseCompose({ file, text, env }: ComposeParseInput): BakeProject {
  const doc = parseDocument(text, { merge: true, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors
        .slice(0, 5)
        .map((e) => ({
          path: file,
          message: `is not valid YAML: ${e.message.split('\n')[0]}`,
          hint: 'fix the YAML syntax (docker compose config shows the same error)',
        })),
    );
  }
  const root: Yaml = doc.toJS({ maxAliasCount: 1000 });
  if (!isMap(root) || !isMap(root.services)) {
    throw new ConfigError([
      {
        path: `${file}: services`,
        message: 'is missing or not a mapping',
        hint: 'a Compose file lists its services under a top-level "services:" key',
      },
    ]);
  }

  const issues: ConfigIssue[] = [];
  const warnings: string[] = [];
  const unset = new Set<string>();
  const text_ = (value: Yaml, where: string): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'object') {
      issues.push({ path: where, message: 'must be a string', hint: 'quote the value' });
      return undefined;
    }
    try {
      const r = interpolate(String(value), env);
      r.unset.forEach((v) => unset.add(v));
      return r.value;
    } catch (error) {
      if (!(error instanceof InterpolationError)) throw error;
      issues.push({
        path: where,
        message: error.message,
        hint: "set the variable in the environment or the project's .env file, or give a default with ${VAR:-default}",
      });
      return undefined;
    }
  };
  const list = (value: Yaml, where: string): string[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      issues.push({
        path: where,
        message: 'must be a list',
        hint: 'write one entry per line, each starting with "- "',
      });
      return [];
    }
    return value.map((v, i) => text_(v, `${where}.${i}`)).filter((v): v is string => v !== undefined && v !== '');
  };

  const drafts: ServiceDraft[] = [];
  const ignored: string[] = [];
  for (const [name, service] of Object.entries(root.services)) {
    const at = `services.${name}`;
    if (!SERVICE_NAME.test(name)) {
      issues.push({
        path: at,
        message: 'is not a valid Compose service name',
        hint: 'use letters, digits, ".", "_" and "-" only',
      });
      continue;
    }
    if (service !== null && service !== undefined && !isMap(service)) {
      issues.push({ path: at, message: 'must be a mapping' });
      continue;
    }
    const build = service?.build;
    if (build === undefined) {
      ignored.push(name);
      continue;
    }
    const environment = serviceEnvironment(service?.environment);
    const draft = buildSection(name, build, at, { text: text_, list, issue: (i) => issues.push(i), environment, env });
    if (!draft) continue;
    if (draft.tags.length === 0 && service?.image !== undefined) {
      const image = text_(service.image, `${at}.image`);
      if (image) draft.tags.push(image); // bake tags the image with `image:` when build has no tags
    }
    drafts.push(draft);
  }
  if (issues.length > 0) throw new ConfigError(issues.map((i) => ({ ...i, path: `${file}: ${i.path}` })));
  for (const name of unset) warnings.push(`${file}: variable ${name} is not set; using an empty string`);
  return { format: 'compose', services: assignSlugs(drafts), ignored, warnings };
}

interface Helpers {
  text(value: Yaml, where: string): string | undefined;
  list(value: Yaml, where: string): string[];
  issue(issue: ConfigIssue): void;
  /** The service's own `environment:` (for list-form args without a value). */
  environment: Record<string, string | undefined>;
  env: Env;
}

function buildSection(name: string, build: Yaml, at: string, h: Helpers): ServiceDraft | undefined {
  const base = { name, target: bakeTargetName(name), args: {}, tags: [], cacheFrom: [], cacheTo: [] };
  if (typeof build === 'string') {
    const context = h.text(build, `${at}.build`);
    return context === undefined ? undefined : { ...base, context: context || '.', dockerfile: 'Dockerfile' };
  }
  if (!isMap(build)) {
    h.issue({
      path: `${at}.build`,
      message: 'must be a path or a mapping',
      hint: 'write build: ./dir, or build: with context:, dockerfile:, target:, args:',
    });
    return undefined;
  }
  const b = `${at}.build`;
  const inline = h.text(build.dockerfile_inline, `${b}.dockerfile_inline`);
  const xBake = isMap(build['x-bake']) ? build['x-bake'] : {};
  return {
    ...base,
    context: h.text(build.context, `${b}.context`) || '.',
    dockerfile: inline !== undefined ? undefined : h.text(build.dockerfile, `${b}.dockerfile`) || 'Dockerfile',
    dockerfileInline: inline !== undefined ? true : undefined,
    stage: h.text(build.target, `${b}.target`) || undefined,
    args: buildArgs(build.args, `${b}.args`, h),
    tags: [...h.list(build.tags, `${b}.tags`), ...stringList(xBake.tags, `${b}.x-bake.tags`, h)],
    cacheFrom: [
      ...h.list(build.cache_from, `${b}.cache_from`),
      ...stringList(xBake['cache-from'], `${b}.x-bake.cache-from`, h),
    ],
    cacheTo: [...h.list(build.cache_to, `${b}.cache_to`), ...stringList(xBake['cache-to'], `${b}.x-bake.cache-to`, h)],
  };
}

/** x-bake fields accept a list or one space-separated string. */
function stringList(value: Yaml, where: string, h: Helpers): string[] {
  if (typeof value === 'string') return (h.text(value, where) ?? '').split(/\s+/).filter(Boolean);
  return h.list(value, where);
}

/** `args:` as a mapping or a list of KEY=VALUE / KEY (KEY alone takes the service's or the caller's env). */
function buildArgs(value: Yaml, where: string, h: Helpers): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === undefined || value === null) return out;
  const fromEnv = (key: string) => h.environment[key] ?? h.env[key];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const entry = h.text(item, `${where}.${i}`);
      if (entry === undefined) return;
      const eq = entry.indexOf('=');
      const key = eq < 0 ? entry : entry.slice(0, eq);
      const v = eq < 0 ? fromEnv(key) : entry.slice(eq + 1);
      if (v !== undefined) out[key] = v;
    });
    return out;
  }
  if (!isMap(value)) {
    h.issue({
      path: where,
      message: 'must be a mapping or a list',
      hint: 'write KEY: value lines, or - KEY=value items',
    });
    return out;
  }
  for (const [key, raw] of Object.entries(value)) {
    const v = raw === null ? fromEnv(key) : h.text(raw, `${where}.${key}`);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function serviceEnvironment(value: Yaml): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = String(item);
      const eq = s.indexOf('=');
      if (eq > 0) out[s.slice(0, eq)] = s.slice(eq + 1);
    }
  } else if (isMap(value)) {
    for (const [k, v] of Object.entries(value)) if (v !== null && typeof v !== 'object') out[k] = String(v);
  }
  return out;
}

function isMap(value: Yaml): value is Record<string, Yaml> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
