import { expect, test } from 'vitest';
import { parseDockerfile } from '../dockerfile/model.js';
import { discoverCacheMounts } from './discover.js';

const df = (...lines: string[]) => parseDockerfile(lines.join('\n'));

test('finds every cache mount of the built stages with its options, once per id', () => {
  const model = df(
    'ARG BASE=node:20',
    'FROM ${BASE} AS deps',
    'RUN --mount=type=cache,target=/root/.npm,sharing=locked npm ci',
    'RUN --mount=type=cache,target=/root/.npm npm run build',
    'FROM golang:1.22 AS unused',
    'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
    'FROM deps AS app',
    'RUN --mount=type=cache,id=apt,target=/var/cache/apt,mode=0700,uid=1000,gid=1001,from=deps,source=/tmp --mount=type=bind,target=/x true'
  );
  const { mounts, skipped } = discoverCacheMounts(model, { buildArgs: { BASE: 'node:22' } });
  expect(skipped).toEqual([]);
  expect(mounts).toEqual([
    { id: '/root/.npm', target: '/root/.npm', sharing: 'locked', stage: 'deps', line: 3, image: 'node:22' },
    {
      id: 'apt',
      target: '/var/cache/apt',
      sharing: 'shared',
      from: 'deps',
      source: '/tmp',
      mode: '0700',
      uid: '1000',
      gid: '1001',
      stage: 'app',
      line: 8,
      image: 'node:22',
    },
  ]);
});

test('the target picks the stages: a stage only an unbuilt one needs is left out', () => {
  const model = df(
    'FROM busybox AS a',
    'RUN --mount=type=cache,target=/a true',
    'FROM busybox AS b',
    'RUN --mount=type=cache,dst=/b true',
    'FROM busybox',
    'COPY --from=b /b /b'
  );
  expect(discoverCacheMounts(model, { target: 'a' }).mounts.map((m) => m.id)).toEqual(['/a']);
  expect(discoverCacheMounts(model).mounts.map((m) => m.id)).toEqual(['/b']);
  expect(discoverCacheMounts(model, { target: 'nope' }).mounts).toEqual([]);
});

test('variables in mount options expand from the stage ARGs; unknown ones are skipped with a reason', () => {
  const model = df(
    'ARG CACHE_ID=pip',
    'FROM python:3.12',
    'ARG CACHE_ID',
    'ENV DIR=/root/.cache',
    'RUN --mount=type=cache,id=${CACHE_ID},target=${DIR}/pip pip install -r r.txt',
    'RUN --mount=type=cache,target=/x,id=$NOPE true',
    'RUN --mount=type=cache,sharing=sometimes,target=/y true'
  );
  const { mounts, skipped } = discoverCacheMounts(model);
  expect(mounts.map((m) => [m.id, m.target])).toEqual([['pip', '/root/.cache/pip']]);
  expect(skipped).toEqual([
    { mount: '$NOPE', line: 6, reason: 'id=$NOPE uses a variable without a known value' },
    { mount: '/y', line: 7, reason: 'sharing=sometimes is not shared, private or locked' },
  ]);
});

test('a Dockerfile without cache mounts has none', () => {
  expect(discoverCacheMounts(df('FROM busybox', 'RUN --mount=type=bind,target=/x true', 'RUN echo'))).toEqual({
    mounts: [],
    skipped: [],
  });
});
