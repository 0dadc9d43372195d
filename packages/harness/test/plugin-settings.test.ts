// Every setting of Harness's buildx plugin gets a decision: honoured (a name the adapter reads),
// refused or warned (PLUGIN_SETTINGS). The refused/warned table in docs/harness.md is the same as
// the code's, row for row. The plugin's names are vendored in test/fixtures (source named there).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fromHarnessEnv, ignoredSettings } from '../src/env.js';
import { PLUGIN_SETTINGS, checkPluginSettings, knownSettings } from '../src/plugin-settings.js';
import { SETTINGS } from '../src/settings.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const pluginNames = readFileSync(path.join(here, 'fixtures/drone-buildx-settings.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('PLUGIN_'));
const docs = readFileSync(path.join(here, '../../../docs/harness.md'), 'utf8');

/** The rows between the table markers of docs/harness.md: name -> [verdict, why]. */
function docsTable(): Record<string, [string, string]> {
  const start = docs.indexOf('<!-- plugin-settings:start -->');
  const end = docs.indexOf('<!-- plugin-settings:end -->');
  expect(start).toBeGreaterThan(0);
  const rows = docs
    .slice(start, end)
    .split('\n')
    .filter((l) => l.startsWith('| `PLUGIN_'));
  return Object.fromEntries(
    rows.map((row) => {
      const [name, verdict, why] = row
        .split('|')
        .slice(1, 4)
        .map((c) => c.trim());
      return [name!.replace(/`/g, ''), [verdict!, why!]];
    })
  );
}

describe("the buildx plugin's settings", () => {
  test("the vendored list is the plugin's (94 names in app.go plus PLUGIN_ENV_FILE)", () => {
    expect(pluginNames).toHaveLength(95);
  });

  test.each(pluginNames)('%s is honoured, refused or warned', (name) => {
    const honoured = (Object.values(SETTINGS) as string[]).includes(name);
    expect(honoured || name in PLUGIN_SETTINGS).toBe(true);
    expect(honoured && name in PLUGIN_SETTINGS).toBe(false);
  });

  test('docs/harness.md lists exactly the refused and warned settings, with the same reasons', () => {
    const table = docsTable();
    const expected = Object.fromEntries(
      Object.entries(PLUGIN_SETTINGS).map(([name, s]) => [
        name,
        [s.verdict + (s.when ? ` (${whenWords(name)})` : ''), s.why],
      ])
    );
    expect(table).toEqual(expected);
  });
});

function whenWords(name: string): string {
  return name === 'PLUGIN_DAEMON_OFF' ? 'when false' : 'when true';
}

describe('checkPluginSettings', () => {
  test('refused settings stop the step with every one named', () => {
    expect(() => fromHarnessEnv({ PLUGIN_SQUASH: 'true', PLUGIN_MIRROR: 'https://mirror.example' })).toThrow(
      /PLUGIN_MIRROR[\s\S]*PLUGIN_SQUASH/
    );
  });

  test.each([
    [{ PLUGIN_QUIET: 'true' }, 'PLUGIN_QUIET has no effect'],
    [{ PLUGIN_DAEMON_OFF: 'false' }, 'PLUGIN_DAEMON_OFF has no effect'],
    [{ PLUGIN_PURGE: 'true' }, 'PLUGIN_PURGE has no effect'],
    [{ PLUGIN_TAGSS: 'v1' }, 'PLUGIN_TAGSS is not a setting'],
    [{ PLUGIN_BUILD_ARGS_FROM_ENV: 'NOT_SET_HERE' }, 'NOT_SET_HERE is not set'],
  ])('%o warns: %s', (env, words) => {
    expect(ignoredSettings(env).join('\n')).toContain(words);
  });

  test.each([{ PLUGIN_DAEMON_OFF: 'true' }, { PLUGIN_PURGE: 'false' }, { PLUGIN_REPO: 'r.example/app' }])(
    '%o says nothing',
    (env) => {
      expect(checkPluginSettings(env)).toEqual({ refused: [], warnings: [] });
    }
  );

  test('every name the adapter reads is known, so none of them is called a typo', () => {
    const env = Object.fromEntries([...knownSettings()].filter((n) => !(n in PLUGIN_SETTINGS)).map((n) => [n, 'x']));
    expect(checkPluginSettings(env).warnings).toEqual([]);
  });
});
