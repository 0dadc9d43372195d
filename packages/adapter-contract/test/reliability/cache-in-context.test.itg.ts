// Issue 19, defect 3: GitLab's `backend: local` keeps its cache in .layercache/cache under
// CI_PROJECT_DIR, which is also the build context. With `COPY . /app` the cache went into every
// image: `COPY .` always missed and the cache doubled each run (4.4 -> 8.6 -> 16 -> 30 MB). Now the
// SDK leaves the cache directory out of the context (a Dockerfile-specific .dockerignore in its
// work directory) and says so in the report. Three runs of the GitLab adapter on fresh builders.
import { cp, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resetBuilder } from '../../../../test-support/engine.js';
import { main } from '../../../sdk/src/cli/main.js';
import { gitLabEntry } from './support/adapters.js';
import { APP, engine } from '../../../sdk/test/reliability/support/build.js';
import { record } from '../../../sdk/test/reliability/support/figures.js';

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

describe('a local cache inside the build context', () => {
  test('GitLab backend local, COPY . /app: the cache is left out of the context, COPY . hits, the cache stays the same size', async () => {
    const project = await mkdtemp(path.join(os.tmpdir(), 'lc-cache-in-context-'));
    await cp(APP, project, { recursive: true });
    await writeFile(
      path.join(project, 'Dockerfile'),
      'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nWORKDIR /app\nCOPY . /app\nRUN ls -aR /app > /listing\n'
    );
    const reports = await mkdtemp(path.join(os.tmpdir(), 'lc-cache-in-context-reports-'));
    const runGitLab = await gitLabEntry();
    const sizes: number[] = [];
    const copyCached: boolean[] = [];
    for (let run = 1; run <= 3; run++) {
      await resetBuilder(); // a fresh runner: only the local cache can serve a step
      let output = '';
      const sink = { write: (s: string) => (output += s) };
      const env = {
        ...engine().env,
        CI_DEFAULT_BRANCH: 'main',
        CI_COMMIT_BRANCH: 'main',
        CI_COMMIT_REF_NAME: 'main',
        CI_PROJECT_DIR: project,
        LAYERCACHE_BACKEND: 'local',
        LAYERCACHE_NETWORK: 'none',
        LAYERCACHE_BUILD_ARGS: `BASE_IMAGE=${engine().baseImage}`,
        // Reports outside the project: a real job starts from a fresh checkout, without the last job's files.
        LAYERCACHE_REPORT_JSON: path.join(reports, `run-${run}.json`),
        LAYERCACHE_DOTENV_FILE: '',
        LAYERCACHE_METRICS_FILE: '',
      };
      const code = await runGitLab([], { env, cwd: project, stdout: sink, stderr: sink });
      expect(code, output).toBe(0);
      const { report } = JSON.parse(await readFile(path.join(reports, `run-${run}.json`), 'utf8')) as {
        report: { steps: Array<{ name: string; cached: boolean }>; notes?: string[] };
      };
      expect(report.notes?.join('\n')).toContain('.layercache/cache/ lies inside the build context');
      copyCached.push(report.steps.find((s) => s.name.includes('COPY . /app'))!.cached);
      sizes.push(await sizeOf(path.join(project, '.layercache', 'cache')));
    }
    record('fault', 'local cache inside the build context (GitLab default dir, COPY .)', {
      runs: 3,
      copyCached: copyCached.filter(Boolean).length,
      sizes: sizes.map((s) => (s / 1e6).toFixed(2)).join(' -> '),
    });
    expect(copyCached).toEqual([false, true, true]);
    // Each run stores the same layers: no run's cache may hold the previous one.
    expect(sizes[2]!).toBeLessThanOrEqual(sizes[1]! * 1.1);
    expect(sizes[1]!).toBeLessThanOrEqual(sizes[0]! * 1.1);
  }, 300_000);

  test('layercache bake, local cache inside the service context: left out of it too, COPY . hits on the next fresh runner', async () => {
    const project = await mkdtemp(path.join(os.tmpdir(), 'lc-cache-in-context-bake-'));
    await cp(APP, project, { recursive: true });
    await writeFile(
      path.join(project, 'Dockerfile'),
      'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nARG SERVICE\nWORKDIR /app/${SERVICE}\nCOPY . /app\n'
    );
    // Two services: bake names a vertex's target only when it builds several.
    const service = (name: string) =>
      `  ${name}:\n    build:\n      context: .\n      args:\n        BASE_IMAGE: ${
        engine().baseImage
      }\n        SERVICE: ${name}\n`;
    await writeFile(path.join(project, 'compose.yaml'), `services:\n${service('web')}${service('api')}`);
    const copyCached: boolean[] = [];
    for (let run = 1; run <= 2; run++) {
      await resetBuilder();
      let output = '';
      const sink = { write: (s: string) => (output += s) };
      const report = path.join(os.tmpdir(), `lc-cache-in-context-bake-${process.pid}-${run}.json`);
      const code = await main(
        ['bake', '--backend', 'local', '--cache-dir', '.layercache', '--branch', 'main', '--report-json', report],
        { env: engine().env, cwd: project, stdout: sink, stderr: sink }
      );
      expect(code, output).toBe(0);
      const web = (
        JSON.parse(await readFile(report, 'utf8')) as {
          services: Array<{ report: { steps: Array<{ name: string; cached: boolean }>; notes?: string[] } }>;
        }
      ).services[0]!.report;
      expect(web.notes?.join('\n')).toContain('lies inside the build context');
      const copy = web.steps.find((s) => s.name.includes('COPY . /app'));
      expect(copy, JSON.stringify(web.steps)).toBeDefined();
      copyCached.push(copy!.cached);
    }
    expect(copyCached).toEqual([false, true]);
  }, 300_000);
});
