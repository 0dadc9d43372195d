import { describe, expect, test } from 'vitest';
import { simpleCommands } from '../dockerfile/shell.js';
import { classifyCommand } from './tools.js';

describe('simpleCommands', () => {
  test.each([
    ['apt-get update && apt-get install -y curl', [['apt-get', 'update'], ['apt-get', 'install', '-y', 'curl']]],
    ['set -eux; npm ci || exit 1', [['set', '-eux'], ['npm', 'ci'], ['exit', '1']]],
    ['echo "a && b" ; ls', [['echo', 'a && b'], ['ls']]],
    ["curl -fsSL https://x | sh", [['curl', '-fsSL', 'https://x'], ['sh']]],
    ['CGO_ENABLED=0 GOOS=linux go build ./...', [['go', 'build', './...']]],
    ['sudo -E apt-get install -y git', [['apt-get', 'install', '-y', 'git']]],
    ['apk add \\\n  curl', [['apk', 'add', 'curl']]],
    ['apk add   # a comment\n  curl && ls', [['apk', 'add'], ['curl'], ['ls']]],
    ['if [ -f x ]; then npm ci; fi', [['if', '[', '-f', 'x', ']'], ['npm', 'ci'], ['fi']]],
    ['(cd web && yarn)', [['cd', 'web'], ['yarn']]],
  ])('%j', (script, expected) => {
    expect(simpleCommands(script)).toEqual(expected);
  });
});

describe('classifyCommand', () => {
  test.each([
    ['apt-get -y update', 'apt', 'update'],
    ['apt-get install -y --no-install-recommends curl', 'apt', 'install'],
    ['apk add --no-cache git', 'apk', 'install'],
    ['npm ci --omit=dev', 'npm', 'install'],
    ['yarn', 'yarn', 'install'],
    ['yarn install --frozen-lockfile', 'yarn', 'install'],
    ['pnpm fetch', 'pnpm', 'install'],
    ['pip3 install -r requirements.txt', 'pip', 'install'],
    ['python3.12 -m pip install --upgrade pip', 'pip', 'install'],
    ['poetry install --no-root', 'poetry', 'install'],
    ['uv pip install -r requirements.txt', 'uv', 'install'],
    ['go mod download', 'go', 'install'],
    ['go build -o /app .', 'go', 'build'],
    ['./mvnw -B package', 'maven', 'install'],
    ['./gradlew build', 'gradle', 'install'],
    ['cargo build --release', 'cargo', 'install'],
  ])('%s -> %s %s', (command, ecosystem, action) => {
    expect(classifyCommand(command.split(' '))).toMatchObject({ ecosystem, action });
  });

  test.each(['npm run build', 'yarn build', 'pnpm -r build', 'apt-get clean', 'go version', 'pip --version', 'make', 'python app.py'])(
    '%s is not a package install',
    (command) => {
      expect(classifyCommand(command.split(' '))).toBeNull();
    },
  );
});
