// Calls the buildx plugin binary itself instead of `docker buildx …`. The docker CLI spends most of
// a buildx call finding and vetting its plugins (it runs each one's metadata command) before it execs
// the plugin with its own arguments and DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND set. We do that exec
// ourselves: the same binary docker would pick (docker/cli cli-plugins/manager: config.json
// cliPluginsExtraDirs, then $DOCKER_CONFIG/cli-plugins, then the system dirs), the same argv after the
// program (`--debug buildx inspect`, `buildx build …`), the same variable, so buildx runs in plugin
// mode exactly as under docker. No plugin found: the docker CLI runs it as before.
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import { userDockerConfigDir } from '../credentials/docker-config-file.js';

type Env = Record<string, string | undefined>;

/** docker/cli's defaultSystemPluginDirs on Linux and macOS, in its order. */
export const SYSTEM_PLUGIN_DIRS = [
  '/usr/local/lib/docker/cli-plugins',
  '/usr/local/libexec/docker/cli-plugins',
  '/usr/lib/docker/cli-plugins',
  '/usr/libexec/docker/cli-plugins',
];

/** The variable docker sets when it execs a plugin; buildx then parses docker's global flags itself. */
export const PLUGIN_MODE_VARIABLE = 'DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND';

export interface DirectCommand {
  command: string;
  args: string[];
  env: Env;
}

/** The directories docker searches for CLI plugins, first match wins. */
export function pluginDirs(env: Env): string[] {
  const configDir = userDockerConfigDir(env);
  return [...extraDirs(configDir), path.join(configDir, 'cli-plugins'), ...SYSTEM_PLUGIN_DIRS];
}

function extraDirs(configDir: string): string[] {
  try {
    const parsed = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')) as { cliPluginsExtraDirs?: unknown };
    const dirs = parsed?.cliPluginsExtraDirs;
    return Array.isArray(dirs) ? dirs.filter((d): d is string => typeof d === 'string' && d !== '') : [];
  } catch {
    return []; // no config.json, or one docker could not read either: docker uses no extra dirs
  }
}

// Found once per process and plugin search path: a job runs many buildx calls against one install.
const found = new Map<string, string | undefined>();

export function findBuildxPlugin(env: Env): string | undefined {
  const dirs = pluginDirs(env);
  const key = dirs.join('\0');
  if (!found.has(key)) found.set(key, dirs.map((d) => path.join(d, 'docker-buildx')).find(isExecutable));
  return found.get(key);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Forget found plugins (tests that install one mid-process). */
export function forgetBuildxPlugins(): void {
  found.clear();
}

/**
 * `docker [--debug] buildx …` as a direct plugin call, or undefined for anything else: another
 * docker subcommand, a dockerPath that is not the docker CLI (a wrapper keeps its behaviour), or
 * no plugin found.
 */
export function directBuildx(command: string, args: string[], env: Env): DirectCommand | undefined {
  if (path.basename(command) !== 'docker') return undefined;
  const at = args[0] === '--debug' ? 1 : 0;
  if (args[at] !== 'buildx') return undefined;
  const plugin = findBuildxPlugin(env);
  if (!plugin) return undefined;
  return { command: plugin, args, env: { ...env, [PLUGIN_MODE_VARIABLE]: command } };
}
