// The export-failure policy, in one place: a cache that cannot be read or written is a warning
// and the build goes on; strict mode makes the same failure the build's. Backends plan with
// exportErrorPolicy, report texts come from here, and the pipeline asks strictVerdict at the end.
import { describeDenied } from '../report/access-denied.js';
import type { CacheReport } from '../report/build-report.js';
import { BackendError } from '../errors.js';

/** `ignore-error` keeps a failed export from failing the build, unless strict mode wants it to. */
export function exportErrorPolicy(strict: boolean): { 'ignore-error': boolean } {
  return { 'ignore-error': !strict };
}

/** A backend's commit kept the cache it had instead of this build's export. */
export function keepingPrevious(backend: string, why: string, fix?: string): string {
  return `[${backend}] ${why}; keeping the previous cache${fix ? ` (${fix})` : ''}`;
}

/** The warning for a failed cache import (401/403 worded for caches in a registry). */
export function importFailure(ref: string, error: string, inRegistry: boolean): string {
  const denied = inRegistry ? describeDenied(error, ref, 'pull') : undefined;
  return `cache import from ${ref} failed: ${denied ? `${denied} (${error})` : error}`;
}

/** The warning for a failed cache export: the vertex names the exporter, so the location is added. */
export function exportFailure(vertex: string, error: string, writes: string | undefined, inRegistry: boolean): string {
  const where = writes ? `: ${writes}` : '';
  const denied = inRegistry && writes ? describeDenied(error, writes, 'push') : undefined;
  return `cache export failed (${vertex}${where}): ${denied ? `${denied} (${error})` : error}`;
}

/** Strict mode: the first cache failure of a finished build, as the error that fails it. */
export function strictVerdict(report: CacheReport, subject = ''): BackendError | undefined {
  const failedImport = report.imports.find((i) => i.status === 'failed');
  if (failedImport) return new BackendError(report.backend, `strict: ${subject}cache import from ${failedImport.ref} failed: ${failedImport.message}`);
  if (report.exportStatus === 'failed') return new BackendError(report.backend, `strict: ${subject}cache export failed: ${report.warnings.join('; ')}`);
  const otherWarning = report.warnings[0];
  return otherWarning ? new BackendError(report.backend, `strict: ${subject}${otherWarning}`) : undefined;
}
