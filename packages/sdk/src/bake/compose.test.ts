import { describe, expect, test } from 'vitest';
import { ConfigError } from '../errors.js';
import { isValidTag } from '../options/reference.js';
import { parseCompose } from './compose.js';

const parse = (text: string, env: Record<string, string> = {}) => parseCompose({ file: 'compose.yaml', text, env });
const configIssues = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  throw new Error('expected a ConfigError');
};

describe('parseCompose: build sections', () => {
  test('string form: build: ./dir is the context, Dockerfile in it', () => {
    const p = parse('services:\n  api:\n    build: ./api\n');
    expect(p.services).toEqual([
      {
        name: 'api',
        target: 'api',
        slug: 'api',
        context: './api',
        dockerfile: 'Dockerfile',
        args: {},
        tags: [],
        cacheFrom: [],
        cacheTo: [],
      },
    ]);
  });

  test('object form: context, dockerfile, target, args (map and list), tags, cache_from/cache_to', () => {
    const p = parse(
      `
services:
  web:
    image: reg.test/web:latest
    environment:
      FROM_SERVICE: svc
    build:
      context: web
      dockerfile: docker/Dockerfile.prod
      target: runtime
      args:
        NODE_ENV: production
        PORT: 8080
        FROM_SERVICE:
      cache_from:
        - type=registry,ref=reg.test/legacy:cache
      cache_to: [type=inline]
  worker:
    build:
      context: .
      args: [A=1, FROM_ENV, MISSING]
`,
      { FROM_ENV: 'env-value' }
    );
    expect(p.services[0]).toMatchObject({
      name: 'web',
      context: 'web',
      dockerfile: 'docker/Dockerfile.prod',
      stage: 'runtime',
      args: { NODE_ENV: 'production', PORT: '8080', FROM_SERVICE: 'svc' },
      tags: ['reg.test/web:latest'], // image: becomes the tag when build has none (as bake does)
      cacheFrom: ['type=registry,ref=reg.test/legacy:cache'],
      cacheTo: ['type=inline'],
    });
    expect(p.services[1]!.args).toEqual({ A: '1', FROM_ENV: 'env-value' });
  });

  test('services without build: are ignored and listed', () => {
    const p = parse('services:\n  db:\n    image: postgres\n  cache:\n  api:\n    build: .\n');
    expect(p.services.map((s) => s.name)).toEqual(['api']);
    expect(p.ignored).toEqual(['db', 'cache']);
  });

  test('anchors and merge keys', () => {
    const p = parse(`
x-build: &build
  context: .
  args: &args
    BASE: busybox
services:
  api:
    build:
      <<: *build
      target: api
  web:
    build:
      <<: *build
      target: web
      args:
        <<: *args
        EXTRA: "1"
`);
    expect(p.services.map((s) => [s.name, s.context, s.stage, s.args])).toEqual([
      ['api', '.', 'api', { BASE: 'busybox' }],
      ['web', '.', 'web', { BASE: 'busybox', EXTRA: '1' }],
    ]);
  });

  test('${VAR} and ${VAR:-default} from the given env, never process.env', () => {
    const text = `
services:
  api:
    build:
      context: \${CONTEXT:-./api}
      args:
        BASE_IMAGE: \${BASE_IMAGE}
        TAG: \${TAG:-latest}
        HOME_DIR: \${HOME:-no-home}
      tags: ["\${REGISTRY:-reg.test}/api:\${TAG:-dev}"]
`;
    const p = parse(text, { BASE_IMAGE: 'reg.test/busybox:1', TAG: '' });
    expect(p.services[0]).toMatchObject({
      context: './api',
      args: { BASE_IMAGE: 'reg.test/busybox:1', TAG: 'latest', HOME_DIR: 'no-home' },
      tags: ['reg.test/api:dev'],
    });
    expect(p.warnings).toEqual([]);
    expect(parse(text, { CONTEXT: 'other' }).warnings).toEqual([
      'compose.yaml: variable BASE_IMAGE is not set; using an empty string',
    ]);
    expect(parse(text, { CONTEXT: 'other' }).services[0]!.context).toBe('other');
  });

  test('x-bake cache-from/cache-to/tags are kept too', () => {
    const p = parse(
      'services:\n  api:\n    build:\n      context: .\n      x-bake:\n        cache-from: type=local,src=/a type=local,src=/b\n        tags: [reg.test/api:x]\n'
    );
    expect(p.services[0]).toMatchObject({
      cacheFrom: ['type=local,src=/a', 'type=local,src=/b'],
      tags: ['reg.test/api:x'],
    });
  });
});

describe('parseCompose: service names', () => {
  test('characters invalid in a tag get a tag-safe slug; bake turns "." into "_" in the target', () => {
    const p = parse('services:\n  My_Service.v2:\n    build: .\n');
    const s = p.services[0]!;
    expect(s).toMatchObject({ name: 'My_Service.v2', target: 'My_Service_v2', slug: 'my-service-v2' });
    expect(isValidTag(s.slug)).toBe(true);
    expect(`reg.test/cache/${s.slug}`).toMatch(/^[a-z0-9./-]+$/);
  });

  test('two services that would share a cache name are refused, naming both', () => {
    const issues = configIssues(() => parse('services:\n  web_app:\n    build: .\n  web-app:\n    build: .\n'));
    expect(issues).toEqual([
      expect.objectContaining({ path: 'services.web-app', message: expect.stringContaining('web_app') }),
    ]);
  });

  test('a name Compose itself rejects', () => {
    expect(configIssues(() => parse('services:\n  "bad name":\n    build: .\n'))[0]).toMatchObject({
      path: 'compose.yaml: services.bad name',
    });
  });
});

describe('parseCompose: bad input names the field', () => {
  test.each([
    ['services: [\n', /not valid YAML/, 'compose.yaml'],
    ['version: "3"\n', /missing or not a mapping/, 'compose.yaml: services'],
    ['services:\n  api:\n    build: 42\n', /must be a path or a mapping/, 'compose.yaml: services.api.build'],
    [
      'services:\n  api:\n    build:\n      cache_from: type=inline\n',
      /must be a list/,
      'compose.yaml: services.api.build.cache_from',
    ],
  ])('%j', (text, message, path) => {
    const issues = configIssues(() => parse(text));
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toMatch(message);
  });

  test('a required variable that is unset', () => {
    const issues = configIssues(() =>
      parse('services:\n  api:\n    build:\n      context: ${CTX:?set CTX to the app directory}\n')
    );
    expect(issues[0]).toMatchObject({
      path: 'compose.yaml: services.api.build.context',
      message: expect.stringContaining('set CTX to the app directory'),
    });
  });

  test('build as a list', () => {
    expect(configIssues(() => parse('services:\n  api:\n    build: [a]\n'))[0]).toMatchObject({
      path: 'compose.yaml: services.api.build',
      message: 'must be a path or a mapping',
    });
  });

  test('duplicate keys are a YAML error, not a silent override', () => {
    expect(configIssues(() => parse('services:\n  api:\n    build: .\n  api:\n    build: ./b\n'))[0]!.message).toMatch(
      /not valid YAML/
    );
  });
});
