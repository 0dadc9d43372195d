// End to end on the real engine: build the step image, run it as Harness runs a Plugin step
// (PLUGIN_* settings, the daemon socket mounted, host network) against the test registry, cold
// and then warm on a fresh builder, and read what it wrote to $DRONE_OUTPUT.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, resetBuilder, testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import { buildStepImage, packageDir, runStep } from './support/step-image.js';

const exampleApp = path.resolve(packageDir, '../../examples/app');
let engine: TestEngine;
let image: string;

beforeAll(async () => {
  engine = testEngine();
  image = await buildStepImage(engine.registry);
}, 300_000);

function parseOutputs(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
  );
}

async function step(env: Record<string, string>, workspace: string) {
  const outputDir = await mkdtemp(path.join(os.tmpdir(), 'harness-output-'));
  await writeFile(path.join(outputDir, 'output.env'), '');
  const result = await runStep(image, {
    env: { DRONE_OUTPUT: '/harness-output/output.env', ...env },
    workspace,
    outputDir,
  });
  const outputText = await readFile(path.join(outputDir, 'output.env'), 'utf8');
  return { ...result, outputText, outputs: parseOutputs(outputText) };
}

describe('the step image', () => {
  test('remote cache image: cold, then warm on a fresh builder with every step cached', async () => {
    const workspace = await copyFixture(exampleApp);
    const password = `pw-${randomBytes(12).toString('hex')}`;
    const env = {
      PLUGIN_REPO: uniqueRepo(engine, 'harness-app'),
      PLUGIN_TAGS: 'ci',
      PLUGIN_REMOTE_CACHE_IMAGE: uniqueRepo(engine, 'harness-cache'),
      PLUGIN_BUILD_ARGS: `BASE_IMAGE=${engine.baseImage}`,
      PLUGIN_NETWORK: 'none',
      // The test registry has no auth; the login still goes through the SDK's private docker config.
      PLUGIN_USERNAME: 'ci-bot',
      PLUGIN_PASSWORD: password,
      DRONE_BUILD_EVENT: 'push',
      DRONE_BRANCH: 'main',
      DRONE_REPO_BRANCH: 'main',
      DRONE_COMMIT_SHA: 'c0ffee1234567890',
    };

    // A new runner for the cold build too: earlier test files may have built the same example on this engine.
    await resetBuilder();
    const cold = await step(env, workspace);
    expect(cold.exitCode, cold.log).toBe(0);
    const total = Number(cold.outputs.TOTAL_STEPS);
    expect(total).toBeGreaterThan(0);
    expect(Number(cold.outputs.CACHED_STEPS)).toBeLessThan(total);
    expect(cold.outputs.IMAGE_DIGEST).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(cold.outputs.CACHE_BACKEND).toBe('registry');

    await resetBuilder(); // a new runner: no build cache, no images (the step image is pulled again)

    const warm = await step(env, workspace);
    expect(warm.exitCode, warm.log).toBe(0);
    expect(warm.outputs.TOTAL_STEPS).toBe(String(total));
    expect(warm.outputs.CACHED_STEPS).toBe(String(total));
    expect(warm.outputs.HIT_RATIO).toBe('1');
    expect(warm.outputs.IMAGE_DIGEST).toMatch(/^sha256:[0-9a-f]{64}$/);

    for (const run of [cold, warm]) {
      expect(run.log).not.toContain(password);
      expect(run.outputText).not.toContain(password);
    }
  });

  test('managed mode on a builder without the s3 exporter: warns, builds uncached, keys stay secret', async () => {
    const workspace = await copyFixture(exampleApp);
    const secret = `sk-${randomBytes(16).toString('hex')}`;
    const accessKey = `AK${randomBytes(8).toString('hex').toUpperCase()}`;
    const run = await step(
      {
        PLUGIN_BUILD_ARGS: `BASE_IMAGE=${engine.baseImage}`,
        PLUGIN_NETWORK: 'none',
        PLUGIN_CACHE_S3_ENDPOINT: 'http://127.0.0.1:9',
        PLUGIN_CACHE_S3_BUCKET: 'dlc',
        PLUGIN_CACHE_S3_ACCESS_KEY: accessKey,
        PLUGIN_CACHE_S3_SECRET_KEY: secret,
        DRONE_BRANCH: 'main',
      },
      workspace
    );
    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(/s3 cache could not be set up/);
    expect(Number(run.outputs.TOTAL_STEPS)).toBeGreaterThan(0);
    for (const value of [secret, accessKey]) {
      expect(run.log).not.toContain(value);
      expect(run.outputText).not.toContain(value);
    }
  });

  test('a placeholder credential stops the step with exit code 2 before any build', async () => {
    const workspace = await copyFixture(exampleApp);
    const run = await step(
      {
        PLUGIN_CACHE_S3_BUCKET: 'dlc',
        PLUGIN_CACHE_S3_ACCESS_KEY: 'AKIAREALLOOKING',
        PLUGIN_CACHE_S3_SECRET_KEY: '<+secrets.getValue("dlc")>',
      },
      workspace
    );
    expect(run.exitCode).toBe(2);
    expect(run.log).toContain('PLUGIN_CACHE_S3_SECRET_KEY');
    expect(run.log).not.toContain('AKIAREALLOOKING');
    expect(run.outputText).toBe('');
  });
});
