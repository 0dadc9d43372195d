// Done-when for Harness: a buildx plugin step, copied as users write it (drone-buildx README's
// `secret` example, the plugin's auto_tag, build_args_from_env and secrets_from_env settings, and a
// self-hosted DLC `type=s3` cache with inline keys), fed through the adapter as Harness hands it
// over (PLUGIN_* variables) and through the SDK's planner. Checks the exact argv and environment.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { planBuild } from '@layercache/sdk';
import { fromHarnessEnv, settingNotes } from '../src/env.js';

const STEP = `
- step:
    type: Plugin
    name: Build and push
    identifier: build_and_push
    spec:
      connectorRef: account.dockerhub
      image: layercache/layercache:0.2.0
      settings:
        repo: registry.example.com/acme/shop
        auto_tag: "true"
        auto_tag_suffix: linux
        registry: registry.example.com
        username: ci-bot
        password: registry-token-0001
        build_args_from_env: http_proxy,GIT_SHA
        secrets_from_env: npm_token=NPM_TOKEN
        secret: id=mysecret,src=secret-file
        add_host: db.internal:10.0.0.5
        auto_label: "false"
        cache_from: type=s3,bucket=dlc,region=eu-west-1,access_key_id=AKIADLC0001,secret_access_key=dlc-secret-0001
        cache_to: type=s3,bucket=dlc,region=eu-west-1,mode=max,access_key_id=AKIADLC0001,secret_access_key=dlc-secret-0001
`;

const SECRETS = ['registry-token-0001', 'AKIADLC0001', 'dlc-secret-0001', 'npm-token-value-0001'];

/** What Harness does with `settings:`: each key upper-cased as PLUGIN_<KEY>, values as strings. */
function pluginEnv(yaml: string): Record<string, string> {
  const settings = (parse(yaml) as { step: { spec: { settings: Record<string, unknown> } } }[])[0]!.step.spec.settings;
  return Object.fromEntries(Object.entries(settings).map(([k, v]) => [`PLUGIN_${k.toUpperCase()}`, String(v)]));
}

const env = {
  ...pluginEnv(STEP),
  DRONE_BUILD_EVENT: 'tag',
  DRONE_TAG: 'v1.4.2',
  DRONE_COMMIT_REF: 'refs/tags/v1.4.2',
  DRONE_REPO_BRANCH: 'main',
  DRONE_COMMIT_SHA: 'a1b2c3d4e5f6a7b8',
  http_proxy: 'http://proxy.internal:3128',
  GIT_SHA: 'a1b2c3d',
  NPM_TOKEN: 'npm-token-value-0001',
};

describe('a buildx plugin step, moved over by changing its image', () => {
  const plan = planBuild(fromHarnessEnv(env), { metadataFile: '/tmp/m.json' });

  test('argv: auto tags with suffix, build args from env, secrets by name, add-host, s3 entries without keys', () => {
    expect(plan.args).toEqual([
      'buildx',
      'build',
      '--progress=rawjson',
      '--metadata-file',
      '/tmp/m.json',
      '--file',
      'Dockerfile',
      '--tag',
      'registry.example.com/acme/shop:1-linux',
      '--tag',
      'registry.example.com/acme/shop:1.4-linux',
      '--tag',
      'registry.example.com/acme/shop:1.4.2-linux',
      '--build-arg',
      'http_proxy=http://proxy.internal:3128',
      '--build-arg',
      'HTTP_PROXY=http://proxy.internal:3128',
      '--build-arg',
      'GIT_SHA=a1b2c3d',
      '--add-host',
      'db.internal:10.0.0.5',
      '--secret',
      'id=mysecret,src=secret-file',
      '--secret',
      'id=npm_token,env=NPM_TOKEN',
      // layercache's own read (auto backend: inline, the default branch for a tag build), then the user's entry
      '--cache-from',
      'type=registry,ref=registry.example.com/acme/shop:main',
      '--cache-from',
      'type=s3,bucket=dlc,region=eu-west-1',
      '--cache-to',
      'type=s3,bucket=dlc,region=eu-west-1,mode=max',
      '--push',
      '.',
    ]);
  });

  test('env: the inline S3 keys reach buildx as AWS_* variables; the login goes to the private docker config', () => {
    expect(plan.secretEnvNames).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
    expect(plan.secretEnv).toEqual({ AWS_ACCESS_KEY_ID: 'AKIADLC0001', AWS_SECRET_ACCESS_KEY: 'dlc-secret-0001' });
    expect(plan.options.registryAuth).toEqual([
      { registry: 'registry.example.com', username: 'ci-bot', password: 'registry-token-0001' },
    ]);
  });

  test("no secret in argv, in the plan's JSON or in the log notes", () => {
    const visible = [plan.args.join(' '), JSON.stringify(plan), settingNotes(env).join('\n')].join('\n');
    for (const secret of SECRETS) expect(visible).not.toContain(secret);
    expect(settingNotes(env).join('\n')).toContain('PLUGIN_CACHE_FROM entry 1, PLUGIN_CACHE_TO entry 1');
  });
});
