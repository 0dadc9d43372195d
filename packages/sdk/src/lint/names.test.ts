import { expect, test } from 'vitest';
import { isSecretName, isVolatileName } from './names.js';

test.each(['GIT_SHA', 'COMMIT_SHA', 'CI_COMMIT_SHA', 'VCS_REF', 'GIT_REVISION', 'BUILD_DATE', 'BUILD_TIMESTAMP',
  'BUILD_NUMBER', 'GITHUB_RUN_ID', 'CI_PIPELINE_IID', 'CACHEBUST', 'CACHE_BUST', 'SOURCE_DATE_EPOCH', 'commit'])(
  '%s is volatile', (name) => expect(isVolatileName(name)).toBe(true));

test.each(['NODE_VERSION', 'GOLANG_SHA256', 'TIMEOUT', 'UPDATE_CHANNEL', 'PYTHON_VERSION', 'APP_HOME', 'BUILDPLATFORM', 'TARGETARCH'])(
  '%s is stable', (name) => expect(isVolatileName(name)).toBe(false));

test.each(['NPM_TOKEN', 'GITHUB_TOKEN', 'DB_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'API_KEY', 'SSH_PRIVATE_KEY', 'pip_password', 'SECRET'])(
  '%s is a secret', (name) => expect(isSecretName(name)).toBe(true));

test.each(['GPG_KEY', 'PUBLIC_KEY', 'AWS_ACCESS_KEY_ID', 'TOKEN_FILE', 'KEYRING', 'CACHE_KEY', 'MONKEY', 'NODE_VERSION', 'SECRET_PATH'])(
  '%s is not a secret', (name) => expect(isSecretName(name)).toBe(false));
