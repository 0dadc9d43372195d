import { describe, expect, test } from 'vitest';
import { cacheCapabilities, compareVersions, effectiveBuildkitVersion } from './capabilities.js';

describe('cacheCapabilities', () => {
  test.each([
    [{ driver: 'docker', containerdStore: true, engineVersion: '26.1.5', buildkitVersion: 'v0.0.0+unknown' }, ['inline', 'registry', 'local', 'gha'], true],
    [{ driver: 'docker', containerdStore: true, engineVersion: '28.5.2', buildkitVersion: 'v0.0.0+unknown' }, ['inline', 'registry', 'local', 'gha'], true],
    [{ driver: 'docker', containerdStore: false, engineVersion: '26.1.5' }, ['inline'], true],
    [{ driver: 'docker', containerdStore: false, engineVersion: '24.0.7' }, ['inline'], false],
    [{ driver: 'docker-container', containerdStore: false, buildkitVersion: 'v0.16.0' }, ['inline', 'registry', 'local', 's3', 'gha', 'azblob'], true],
    [{ driver: 'remote', containerdStore: false, buildkitVersion: 'v0.11.6' }, ['inline', 'registry', 'local', 's3', 'gha', 'azblob'], false],
    [{ driver: 'kubernetes', containerdStore: false, buildkitVersion: 'v0.25.1' }, ['inline', 'registry', 'local', 's3', 'gha', 'azblob'], true],
    [{ driver: 'cloud', containerdStore: false, buildkitVersion: 'v0.25.1' }, ['inline', 'registry', 'local', 's3', 'gha', 'azblob'], true],
    [{ driver: 'some-future-driver', containerdStore: false, buildkitVersion: 'v0.25.1' }, ['inline', 'registry', 'local'], true],
  ])('%j', (facts, exporters, imageManifest) => {
    const c = cacheCapabilities(facts);
    expect(c.exporters).toEqual(exporters);
    expect(c.imageManifest).toBe(imageManifest);
    expect(c.summary).toContain(facts.driver);
  });

  test('unknown BuildKit version of the docker driver comes from the engine version', () => {
    expect(effectiveBuildkitVersion({ driver: 'docker', containerdStore: true, buildkitVersion: 'v0.0.0+unknown', engineVersion: '26.1.5' })).toBe('0.13.0');
    expect(effectiveBuildkitVersion({ driver: 'docker-container', containerdStore: false, buildkitVersion: 'v0.0.0+unknown' })).toBeUndefined();
    expect(effectiveBuildkitVersion({ driver: 'docker', containerdStore: true, buildkitVersion: 'v0.0.0+unknown', engineVersion: '28.5.2' })).toBe('0.20.0');
    expect(effectiveBuildkitVersion({ driver: 'docker-container', containerdStore: false, buildkitVersion: '3fab389' })).toBeUndefined();
    expect(compareVersions('0.12.0', '0.9.9')).toBeGreaterThan(0);
    expect(compareVersions('v0.12.0'.slice(1), '0.12.0')).toBe(0);
  });
});
