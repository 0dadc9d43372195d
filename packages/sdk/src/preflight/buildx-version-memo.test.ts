// The memo with real files: a temp HOME and a DOCKER_CONFIG whose cli-plugins holds a stand-in
// docker-buildx (an executable file; the memo only stats it, nothing runs it).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { forgetBuildxPlugins } from '../engine/buildx-plugin.js';
import { buildxVersionMemo } from './buildx-version-memo.js';

const ANSWER = { exitCode: 0, stdout: 'github.com/docker/buildx v0.13.1 abc\n', stderrTail: '' };

function machine() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lc-memo-'));
  const plugin = path.join(root, 'config', 'cli-plugins', 'docker-buildx');
  mkdirSync(path.dirname(plugin), { recursive: true });
  writeFileSync(plugin, '#!/bin/sh\n');
  chmodSync(plugin, 0o755);
  return { plugin, env: { HOME: path.join(root, 'home'), DOCKER_CONFIG: path.join(root, 'config') } };
}

beforeEach(() => forgetBuildxPlugins());

test('nothing remembered at first; a kept answer is recalled by the next run', () => {
  const { env } = machine();
  expect(buildxVersionMemo(env, 'docker')!.recall()).toBeUndefined();
  buildxVersionMemo(env, 'docker')!.keep(ANSWER);
  expect(buildxVersionMemo(env, '/usr/bin/docker')!.recall()).toEqual(ANSWER);
});

test('a replaced buildx binary is asked again; failures are never kept', () => {
  const { env, plugin } = machine();
  buildxVersionMemo(env, 'docker')!.keep({ ...ANSWER, exitCode: 1 });
  expect(buildxVersionMemo(env, 'docker')!.recall()).toBeUndefined();
  buildxVersionMemo(env, 'docker')!.keep(ANSWER);
  utimesSync(plugin, new Date(), new Date(Date.now() + 60_000));
  expect(buildxVersionMemo(env, 'docker')!.recall()).toBeUndefined();
});

test('no memo for a docker wrapper, or without a home to keep it in', () => {
  const { env } = machine();
  expect(buildxVersionMemo(env, '/opt/bin/my-docker')).toBeUndefined();
  expect(buildxVersionMemo({ DOCKER_CONFIG: env.DOCKER_CONFIG }, 'docker')).toBeUndefined();
  expect(buildxVersionMemo({ ...env, HOME: 'relative/home' }, 'docker')).toBeUndefined();
});

test('entries of binaries that are gone or changed are dropped when another is kept', () => {
  const a = machine();
  const b = { ...a, env: { ...a.env, DOCKER_CONFIG: machine().env.DOCKER_CONFIG } };
  buildxVersionMemo(a.env, 'docker')!.keep(ANSWER);
  utimesSync(a.plugin, new Date(), new Date(Date.now() + 60_000)); // a's buildx replaced
  forgetBuildxPlugins();
  buildxVersionMemo(b.env, 'docker')!.keep(ANSWER);
  const file = path.join(a.env.HOME, '.cache', 'layercache', 'buildx-version.json');
  expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toHaveLength(1);
});
