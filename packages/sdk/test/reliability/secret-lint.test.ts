// The lint flags secrets passed as build args (the value lands in the image history and the
// RUN's cache key), and leaves the secret-mount way alone.
import { describe, expect, test } from 'vitest';
import { lintDockerfile } from '../../src/lint/index.js';

const secretArgFindings = (dockerfile: string) =>
  lintDockerfile(dockerfile).filter((f) => f.ruleId === 'secret-build-arg');

describe('secret-build-arg', () => {
  test.each([
    [
      'NPM_TOKEN used by a RUN',
      'FROM busybox\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci\n',
      'NPM_TOKEN',
    ],
    ['a password in braces', 'FROM busybox\nARG DB_PASSWORD\nRUN ./migrate --password=${DB_PASSWORD}\n', 'DB_PASSWORD'],
    [
      'an AWS secret key in a later stage',
      'FROM busybox AS a\nRUN true\nFROM busybox\nARG AWS_SECRET_ACCESS_KEY\nRUN aws s3 cp s3://b/x . # $AWS_SECRET_ACCESS_KEY\n',
      'AWS_SECRET_ACCESS_KEY',
    ],
  ])('%s is flagged as an error naming the arg and the fix', (_name, dockerfile, arg) => {
    const findings = secretArgFindings(dockerfile);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', anchor: `ARG ${arg}` });
    expect(findings[0]!.fix).toMatch(/--mount=type=secret/);
  });

  test.each([
    ['a secret mount', 'FROM busybox\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n'],
    ['a secret-looking arg no RUN uses', 'FROM busybox\nARG NPM_TOKEN\nRUN npm ci\n'],
    ['an ordinary build arg', 'FROM busybox\nARG VERSION\nRUN echo $VERSION\n'],
  ])('%s is not flagged', (_name, dockerfile) => {
    expect(secretArgFindings(dockerfile)).toEqual([]);
  });
});
