// Direct buildx calls with real children: a fake docker CLI and a fake docker-buildx plugin (shell
// scripts that print what they were called with) in temporary dirs, so the test shows which binary
// runProcess started, with which argv and plugin-mode variable. The real plugin under the real
// engine is covered by every integration test (they all build through runProcess).
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { runProcess } from '../exec/process.js';
import { directBuildx, forgetBuildxPlugins, pluginDirs, SYSTEM_PLUGIN_DIRS } from './buildx-plugin.js';

async function script(file: string, name: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `#!/bin/sh\necho "${name} $* mode=$DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND"\n`);
  await chmod(file, 0o755);
}

let root: string;
let bin: string;
beforeEach(async () => {
  forgetBuildxPlugins();
  root = await mkdtemp(path.join(os.tmpdir(), 'buildx-plugin-'));
  bin = path.join(root, 'bin');
  await script(path.join(bin, 'docker'), 'docker-cli');
});

describe('direct buildx calls', () => {
  test('docker [--debug] buildx … runs $DOCKER_CONFIG/cli-plugins/docker-buildx with the same argv, in plugin mode', async () => {
    const config = path.join(root, 'config');
    await script(path.join(config, 'cli-plugins', 'docker-buildx'), 'plugin');
    const env = { PATH: `${bin}:/usr/bin:/bin`, DOCKER_CONFIG: config };
    expect((await runProcess('docker', ['buildx', 'version'], { env })).stdout).toBe('plugin buildx version mode=docker\n');
    expect((await runProcess('docker', ['--debug', 'buildx', 'inspect', 'b'], { env })).stdout).toBe('plugin --debug buildx inspect b mode=docker\n');
    // Other subcommands stay with the docker CLI.
    expect((await runProcess('docker', ['info'], { env })).stdout).toBe('docker-cli info mode=\n');
  });

  test('cliPluginsExtraDirs in config.json come first, as in docker/cli', async () => {
    const config = path.join(root, 'config');
    const extra = path.join(root, 'extra');
    await script(path.join(config, 'cli-plugins', 'docker-buildx'), 'config-plugin');
    await script(path.join(extra, 'docker-buildx'), 'extra-plugin');
    await writeFile(path.join(config, 'config.json'), JSON.stringify({ cliPluginsExtraDirs: [extra] }));
    const env = { PATH: `${bin}:/usr/bin:/bin`, DOCKER_CONFIG: config };
    expect(pluginDirs(env)).toEqual([extra, path.join(config, 'cli-plugins'), ...SYSTEM_PLUGIN_DIRS]);
    expect((await runProcess('docker', ['buildx', 'version'], { env })).stdout).toMatch(/^extra-plugin /);
  });

  test('no plugin anywhere, or a dockerPath that is not the docker CLI: the command runs as given', () => {
    const env = { DOCKER_CONFIG: path.join(root, 'empty') };
    const plan = directBuildx('/opt/wrapper/docker-wrapper', ['buildx', 'build', '.'], env);
    expect(plan).toBeUndefined();
    // Only the system dirs could hold one; where none does (this machine may have one), undefined too.
    const found = directBuildx('docker', ['buildx', 'version'], env);
    if (found) expect(SYSTEM_PLUGIN_DIRS.map((d) => path.join(d, 'docker-buildx'))).toContain(found.command);
    expect(directBuildx('docker', ['image', 'ls'], env)).toBeUndefined();
  });
});
