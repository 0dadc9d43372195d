// A small stand-in for CircleCI's config processing of our orb, enough to run the `build`
// command outside CircleCI: load orb.yml, fill in parameters (defaults + given), expand
// `<< parameters.x >>`, keep the steps whose `when` holds. The CircleCI CLI (`circleci config
// process`) needs a network connection and an account, so it cannot run here.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const ORB_PATH = new URL('../../orb/orb.yml', import.meta.url);

export type ParamValue = string | boolean | number;
export interface ParamSpec { type: string; default?: ParamValue; description?: string; enum?: string[] }
export interface Orb {
  version: number;
  description: string;
  executors: Record<string, { description?: string; parameters?: Record<string, ParamSpec>; machine?: Record<string, unknown>; [k: string]: unknown }>;
  commands: Record<string, { description?: string; parameters: Record<string, ParamSpec>; steps: unknown[] }>;
  examples?: Record<string, { description?: string; usage: Record<string, unknown> }>;
  [k: string]: unknown;
}

export function loadOrb(): Orb {
  return parse(readFileSync(ORB_PATH, 'utf8')) as Orb;
}

export const PARAM_RE = /<<\s*parameters\.([A-Za-z0-9_-]+)\s*>>/g;

/** Every parameter name referenced anywhere inside a value. */
export function referencedParameters(value: unknown): string[] {
  const text = JSON.stringify(value);
  return [...new Set([...text.matchAll(PARAM_RE)].map((m) => m[1]!))];
}

/** Defaults + given values; throws for unknown names and missing required ones, as CircleCI does. */
export function resolveParameters(specs: Record<string, ParamSpec>, given: Record<string, ParamValue>): Record<string, ParamValue> {
  for (const name of Object.keys(given)) if (!(name in specs)) throw new Error(`unknown parameter ${name}`);
  const values: Record<string, ParamValue> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const v = given[name] ?? spec.default;
    if (v === undefined) throw new Error(`required parameter ${name} missing`);
    values[name] = v;
  }
  return values;
}

/** Replaces `<< parameters.x >>`: a whole-string reference keeps the value's type. */
export function expand(value: unknown, params: Record<string, ParamValue>): unknown {
  if (typeof value === 'string') {
    const whole = /^<<\s*parameters\.([A-Za-z0-9_-]+)\s*>>$/.exec(value);
    if (whole) return lookup(params, whole[1]!);
    return value.replace(PARAM_RE, (_, name: string) => String(lookup(params, name)));
  }
  if (Array.isArray(value)) return value.map((v) => expand(v, params));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, params)]));
  return value;
}

function lookup(params: Record<string, ParamValue>, name: string): ParamValue {
  if (!(name in params)) throw new Error(`step references unknown parameter ${name}`);
  return params[name]!;
}

export interface RunStep { name?: string; command: string; environment: Record<string, string> }
export type Step = { run: RunStep } | { other: string; body: unknown };

/** The steps of a command after expansion, with `when` blocks resolved (boolean conditions). */
export function commandSteps(orb: Orb, command: string, given: Record<string, ParamValue>): Step[] {
  const spec = orb.commands[command];
  if (!spec) throw new Error(`no command ${command}`);
  const steps = expand(spec.steps, resolveParameters(spec.parameters, given)) as unknown[];
  return flatten(steps);
}

function flatten(steps: unknown[]): Step[] {
  const out: Step[] = [];
  for (const step of steps) {
    const [kind, body] = Object.entries(step as Record<string, unknown>)[0]!;
    if (kind === 'when' || kind === 'unless') {
      const b = body as { condition: unknown; steps: unknown[] };
      if (typeof b.condition !== 'boolean') throw new Error(`only boolean ${kind} conditions are supported here`);
      if (b.condition === (kind === 'when')) out.push(...flatten(b.steps));
    } else if (kind === 'run') {
      const r = body as { name?: string; command: string; environment?: Record<string, ParamValue> };
      const environment = Object.fromEntries(Object.entries(r.environment ?? {}).map(([k, v]) => [k, String(v)]));
      out.push({ run: { name: r.name, command: r.command, environment } });
    } else out.push({ other: kind, body });
  }
  return out;
}
