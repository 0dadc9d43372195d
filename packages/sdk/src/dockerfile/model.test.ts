import { expect, test } from 'vitest';
import { expand, parseDockerfile } from './model.js';

test.each([
  ['${BASE}', { BASE: 'node:20' }, 'node:20'],
  ['$BASE', { BASE: 'node' }, 'node'],
  ['golang:${GO_VERSION}-alpine', { GO_VERSION: '1.22' }, 'golang:1.22-alpine'],
  ['${TAG:-latest}', {}, 'latest'],
  ['${TAG:-latest}', { TAG: '1.2' }, '1.2'],
  ['node${SUFFIX:+-slim}', { SUFFIX: 'y' }, 'node-slim'],
  ['${BASE}', { BASE: null }, null],
  ['${MISSING}', {}, null],
])('expand(%s) = %s', (text, values, expected) => {
  expect(expand(text, new Map(Object.entries(values)))).toBe(expected);
});

test('stages know their names, resolved images, parents and steps', () => {
  const model = parseDockerfile(
    ['ARG BASE=node:20', 'FROM ${BASE} AS Deps', 'RUN --mount=type=cache,target=/root/.npm npm ci', 'FROM deps', 'COPY ["a b", "."]'].join('\n'),
  );
  expect(model.globalArgs.map((a) => a.line)).toEqual([1]);
  expect(model.stages.map((s) => [s.name, s.resolvedImage, s.parent])).toEqual([
    ['deps', 'node:20', null],
    [null, 'deps', 0],
  ]);
  const [run] = model.stages[0]!.steps;
  expect(run).toMatchObject({ keyword: 'RUN', line: 3, commands: [['npm', 'ci']] });
  expect(run!.flags[0]).toMatchObject({ name: 'mount', options: { type: 'cache', target: '/root/.npm' } });
  expect(model.stages[1]!.steps[0]!.args).toEqual(['a b', '.']);
});
