// Every rule with Dockerfiles that must trigger it (at the given lines) and ones that must not.
import { describe, expect, test } from 'vitest';
import { lintDockerfile } from './lint.js';
import { lintRules } from './rules/index.js';
import type { LintOptions } from './types.js';

interface Case {
  rule: string;
  name: string;
  dockerfile: string;
  options?: LintOptions;
  /** Lines the rule must report, exactly; [] for a negative case. */
  lines: number[];
}

const df = (...lines: string[]) => lines.join('\n');

const cases: Case[] = [
  // copy-context-before-install
  {
    rule: 'copy-context-before-install',
    name: 'COPY . . then npm ci',
    lines: [3],
    dockerfile: df('FROM node:20', 'WORKDIR /app', 'COPY . .', 'RUN npm ci'),
  },
  {
    rule: 'copy-context-before-install',
    name: 'ADD . /app then pip install -r',
    lines: [2],
    dockerfile: df('FROM python:3.12', 'ADD . /app', 'RUN pip install -r /app/requirements.txt'),
  },
  {
    rule: 'copy-context-before-install',
    name: 'COPY . . then go build (fetches modules)',
    lines: [2],
    dockerfile: df('FROM golang:1.22', 'COPY . .', 'RUN go build -o /app ./cmd/app'),
  },
  {
    rule: 'copy-context-before-install',
    name: 'COPY . . then apt-get install',
    lines: [2],
    dockerfile: df('FROM debian:12', 'COPY . /src', 'RUN apt-get update && apt-get install -y make'),
  },
  {
    rule: 'copy-context-before-install',
    name: 'exec-form COPY and sh -c install',
    lines: [2],
    dockerfile: df('FROM node:20', 'COPY [".", "."]', 'RUN ["sh", "-c", "yarn install --frozen-lockfile"]'),
  },
  {
    rule: 'copy-context-before-install',
    name: 'manifest first, then COPY . . and a build',
    lines: [],
    dockerfile: df(
      'FROM node:20',
      'COPY package.json package-lock.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build'
    ),
  },
  {
    rule: 'copy-context-before-install',
    name: 'requirements first, then pip install . after the copy',
    lines: [],
    dockerfile: df(
      'FROM python:3.12',
      'COPY requirements.txt .',
      'RUN pip install -r requirements.txt',
      'COPY . .',
      'RUN pip install --no-deps .'
    ),
  },
  {
    rule: 'copy-context-before-install',
    name: 'deps installed in the parent stage',
    lines: [],
    dockerfile: df(
      'FROM golang:1.22 AS deps',
      'COPY go.mod go.sum ./',
      'RUN go mod download',
      'FROM deps AS build',
      'COPY . .',
      'RUN go build ./...'
    ),
  },
  {
    rule: 'copy-context-before-install',
    name: 'COPY --from=build . . is not the context',
    lines: [],
    dockerfile: df(
      'FROM node:20 AS build',
      'COPY package.json .',
      'RUN npm install',
      'FROM node:20',
      'COPY --from=build /app .',
      'RUN npm ci'
    ),
  },

  // volatile-arg-before-run
  {
    rule: 'volatile-arg-before-run',
    name: 'ARG GIT_SHA above npm ci',
    lines: [2],
    dockerfile: df('FROM node:20', 'ARG GIT_SHA', 'COPY package*.json ./', 'RUN npm ci'),
  },
  {
    rule: 'volatile-arg-before-run',
    name: 'ARG CACHEBUST=1 above apt-get',
    lines: [2],
    dockerfile: df('FROM debian:12', 'ARG CACHEBUST=1', 'RUN apt-get update && apt-get install -y git'),
  },
  {
    rule: 'volatile-arg-before-run',
    name: 'ENV BUILD_DATE fed from an ARG',
    lines: [3],
    dockerfile: df('FROM alpine:3.20', 'ARG STAMP', 'ENV BUILD_DATE=${STAMP}', 'RUN apk add --no-cache curl'),
  },
  {
    rule: 'volatile-arg-before-run',
    name: 'ARG CI_PIPELINE_ID re-exported by an ENV: reported once, at the ARG',
    lines: [2],
    dockerfile: df('FROM alpine:3.20', 'ARG CI_PIPELINE_ID', 'ENV PIPELINE=$CI_PIPELINE_ID', 'RUN make all'),
  },
  {
    rule: 'volatile-arg-before-run',
    name: 'ARG GIT_SHA declared after the expensive RUNs',
    lines: [],
    dockerfile: df(
      'FROM node:20',
      'COPY package*.json ./',
      'RUN npm ci',
      'ARG GIT_SHA',
      'LABEL org.opencontainers.image.revision=$GIT_SHA'
    ),
  },
  {
    rule: 'volatile-arg-before-run',
    name: 'stable ARGs (NODE_VERSION, GOLANG_SHA256) and a literal ENV',
    lines: [],
    dockerfile: df(
      'FROM debian:12',
      'ARG NODE_VERSION=20',
      'ARG GOLANG_SHA256=abc',
      'ENV BUILD_DATE=2024-01-01',
      'RUN apt-get update && apt-get install -y curl'
    ),
  },
  {
    rule: 'volatile-arg-before-run',
    name: 'volatile ARG followed only by trivial RUNs',
    lines: [],
    dockerfile: df('FROM alpine:3.20', 'ARG COMMIT_SHA', 'RUN echo "$COMMIT_SHA" > /version && chmod 0444 /version'),
  },

  // apt-update-separate-run
  {
    rule: 'apt-update-separate-run',
    name: 'update and install in separate RUNs',
    lines: [2],
    dockerfile: df('FROM ubuntu:24.04', 'RUN apt-get update', 'RUN apt-get install -y curl'),
  },
  {
    rule: 'apt-update-separate-run',
    name: 'apt (not apt-get), with sudo',
    lines: [2],
    dockerfile: df('FROM ubuntu:24.04', 'RUN sudo apt update', 'RUN sudo apt install -y curl'),
  },
  {
    rule: 'apt-update-separate-run',
    name: 'update && install in one RUN',
    lines: [],
    dockerfile: df(
      'FROM ubuntu:24.04',
      'RUN apt-get update && \\',
      '    apt-get install -y --no-install-recommends curl && \\',
      '    rm -rf /var/lib/apt/lists/*'
    ),
  },
  {
    rule: 'apt-update-separate-run',
    name: 'each install RUN updates for itself',
    lines: [],
    dockerfile: df(
      'FROM ubuntu:24.04',
      'RUN apt-get update && apt-get install -y curl',
      'RUN apt-get update && apt-get install -y git'
    ),
  },

  // add-remote-without-checksum
  {
    rule: 'add-remote-without-checksum',
    name: 'ADD https URL without checksum',
    lines: [2],
    dockerfile: df('FROM alpine:3.20', 'ADD https://example.com/tool-1.2.tar.gz /opt/'),
  },
  {
    rule: 'add-remote-without-checksum',
    name: 'ADD with --checksum',
    lines: [],
    dockerfile: df(
      'FROM alpine:3.20',
      'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.tar.gz /opt/'
    ),
  },
  {
    rule: 'add-remote-without-checksum',
    name: 'ADD of a git ref and of a local archive',
    lines: [],
    dockerfile: df(
      'FROM alpine:3.20',
      'ADD https://github.com/moby/buildkit.git#v0.14.0 /src',
      'ADD vendor.tar.gz /opt/'
    ),
  },

  // run-without-cache-mount
  {
    rule: 'run-without-cache-mount',
    name: 'npm ci and pip install without cache mounts',
    lines: [2, 3],
    dockerfile: df('FROM node:20', 'RUN npm ci', 'RUN python3 -m pip install -r requirements.txt'),
  },
  {
    rule: 'run-without-cache-mount',
    name: 'mvn with a cache mount, go with one',
    lines: [],
    dockerfile: df(
      'FROM maven:3.9-eclipse-temurin-21',
      'RUN --mount=type=cache,target=/root/.m2 mvn -B package',
      'RUN --mount=type=cache,target=/go/pkg/mod go mod download'
    ),
  },
  {
    rule: 'run-without-cache-mount',
    name: 'update-only RUN and non-install npm commands',
    lines: [],
    dockerfile: df('FROM node:20', 'RUN apt-get update', 'RUN npm run build && npm test'),
  },

  // dockerignore-missing
  {
    rule: 'dockerignore-missing',
    name: 'no .dockerignore and COPY . .',
    lines: [3],
    options: { dockerignore: null, contextEntries: ['.git', 'src'] },
    dockerfile: df('FROM node:20', 'WORKDIR /app', 'COPY . .'),
  },
  {
    rule: 'dockerignore-missing',
    name: '.dockerignore present',
    lines: [],
    options: { dockerignore: '.git\n', contextEntries: ['.git'] },
    dockerfile: df('FROM node:20', 'COPY . .'),
  },
  {
    rule: 'dockerignore-missing',
    name: 'no .dockerignore but only named files copied',
    lines: [],
    options: { dockerignore: null },
    dockerfile: df('FROM node:20', 'COPY package.json server.js ./'),
  },
  {
    rule: 'dockerignore-missing',
    name: 'unknown (pure call without I/O facts)',
    lines: [],
    dockerfile: df('FROM node:20', 'COPY . .'),
  },

  // context-not-ignored
  {
    rule: 'context-not-ignored',
    name: '.git and node_modules present, only dist ignored',
    lines: [1, 1],
    options: { dockerignore: 'dist\n', contextEntries: ['.git', 'node_modules', 'dist', 'src'] },
    dockerfile: df('FROM node:20', 'COPY . .'),
  },
  {
    rule: 'context-not-ignored',
    name: 'ignored with globs and slashes',
    lines: [],
    options: { dockerignore: '# vcs\n/.git/\n**/node_modules\n', contextEntries: ['.git', 'node_modules', 'src'] },
    dockerfile: df('FROM node:20', 'COPY . .'),
  },
  {
    rule: 'context-not-ignored',
    name: 're-included with ! counts as not ignored',
    lines: [1],
    options: { dockerignore: '*\n!src\n!.git\n', contextEntries: ['.git', 'src'] },
    dockerfile: df('FROM node:20', 'COPY . .'),
  },

  // floating-base-image
  {
    rule: 'floating-base-image',
    name: 'FROM without tag and with :latest',
    lines: [1, 3],
    dockerfile: df(
      'FROM node AS build',
      'RUN npm ci',
      'FROM nginx:latest',
      'COPY --from=build /app /usr/share/nginx/html'
    ),
  },
  {
    rule: 'floating-base-image',
    name: 'ARG default resolves to a floating image',
    lines: [2],
    dockerfile: df('ARG BASE=python', 'FROM ${BASE}', 'RUN pip install flask'),
  },
  {
    rule: 'floating-base-image',
    name: 'COPY --from an untagged image',
    lines: [2],
    dockerfile: df('FROM php:8.3-fpm', 'COPY --from=composer /usr/bin/composer /usr/bin/composer'),
  },
  {
    rule: 'floating-base-image',
    name: 'registry with port and no tag',
    lines: [1],
    dockerfile: df('FROM registry.local:5000/team/base', 'RUN make'),
  },
  {
    rule: 'floating-base-image',
    name: 'tags, digests, scratch, stage names, unresolvable ARG, unused stage',
    lines: [],
    dockerfile: df(
      'ARG BASE',
      'FROM node:latest AS unused',
      'FROM ${BASE} AS b',
      'FROM golang:1.22@sha256:0000000000000000000000000000000000000000000000000000000000000000 AS build',
      'FROM build AS test',
      'FROM registry.local:5000/team/base:1.4',
      'COPY --from=build /out /out',
      'COPY --from=composer:2.7 /usr/bin/composer /usr/bin/composer',
      'FROM scratch',
      'COPY --from=1 /out /out',
      'COPY --from=2 /out /out'
    ),
  },

  // inline-cache-multi-stage
  {
    rule: 'inline-cache-multi-stage',
    name: 'two used stages with inline',
    lines: [1],
    options: { backend: 'inline' },
    dockerfile: df(
      'FROM golang:1.22 AS build',
      'RUN go build -o /app .',
      'FROM alpine:3.20',
      'COPY --from=build /app /app'
    ),
  },
  {
    rule: 'inline-cache-multi-stage',
    name: 'two stages with registry',
    lines: [],
    options: { backend: 'registry' },
    dockerfile: df(
      'FROM golang:1.22 AS build',
      'RUN go build -o /app .',
      'FROM alpine:3.20',
      'COPY --from=build /app /app'
    ),
  },
  {
    rule: 'inline-cache-multi-stage',
    name: 'inline with a single stage (plus an unused one)',
    lines: [],
    options: { backend: 'inline' },
    dockerfile: df('FROM alpine:3.20 AS lint', 'RUN true', 'FROM alpine:3.20', 'RUN apk add --no-cache curl'),
  },

  // secret-build-arg
  {
    rule: 'secret-build-arg',
    name: 'NPM_TOKEN build arg used in RUN',
    lines: [2],
    dockerfile: df(
      'FROM node:20',
      'ARG NPM_TOKEN',
      'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci'
    ),
  },
  {
    rule: 'secret-build-arg',
    name: 'DB_PASSWORD and AWS_SECRET_ACCESS_KEY',
    lines: [2, 2],
    dockerfile: df(
      'FROM alpine:3.20',
      'ARG DB_PASSWORD AWS_SECRET_ACCESS_KEY',
      'RUN ./seed.sh --password "$DB_PASSWORD" --key $AWS_SECRET_ACCESS_KEY'
    ),
  },
  {
    rule: 'secret-build-arg',
    name: 'secret mount instead of a build arg',
    lines: [],
    dockerfile: df('FROM node:20', 'RUN --mount=type=secret,id=npm-token,env=NPM_TOKEN npm ci'),
  },
  {
    rule: 'secret-build-arg',
    name: 'secret-looking ARG never used in RUN, and a GPG key id',
    lines: [],
    dockerfile: df(
      'FROM python:3.12',
      'ARG API_TOKEN',
      'ARG GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
      'RUN gpg --recv-keys "$GPG_KEY"',
      'LABEL token-note=$API_TOKEN'
    ),
  },
];

describe('every rule has a positive and a negative case', () => {
  test.each(lintRules.map((r) => r.id))('%s', (id) => {
    expect(cases.some((c) => c.rule === id && c.lines.length > 0)).toBe(true);
    expect(cases.some((c) => c.rule === id && c.lines.length === 0)).toBe(true);
  });
});

describe('rules', () => {
  test.each(cases)('$rule: $name', ({ rule, dockerfile, options, lines }) => {
    const findings = lintDockerfile(dockerfile, options).filter((f) => f.ruleId === rule);
    expect(findings.map((f) => f.line)).toEqual(lines);
    for (const f of findings) {
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.fix.length).toBeGreaterThan(10);
      expect(f.anchor).not.toMatch(/line \d/);
    }
  });
});

test('rule ids are unique kebab-case', () => {
  const ids = lintRules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
});

test('findings come sorted by file, then line', () => {
  const findings = lintDockerfile(df('FROM node', 'ARG NPM_TOKEN', 'COPY . .', 'RUN echo $NPM_TOKEN && npm ci'), {
    dockerignore: '',
    contextEntries: ['.git'],
  });
  expect(findings.map((f) => `${f.file ?? ''}:${f.line}:${f.ruleId}`)).toEqual([
    ':1:floating-base-image',
    ':2:secret-build-arg',
    ':3:copy-context-before-install',
    ':4:run-without-cache-mount',
    '.dockerignore:1:context-not-ignored',
  ]);
});

test('the copy-context fix names the manifests of the tool', () => {
  const [finding] = lintDockerfile(df('FROM golang:1.22', 'COPY . .', 'RUN go mod download')).filter(
    (f) => f.ruleId === 'copy-context-before-install'
  );
  expect(finding?.fix).toContain('go.mod go.sum');
});
