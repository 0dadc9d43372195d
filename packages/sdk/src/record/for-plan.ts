// Picks the record store that sits next to a plan's cache.
import path from 'node:path';
import type { RegistryAuth } from '../run/registry-client.js';
import type { BuildPlan } from '../plan/build-plan.js';
import { localRecordStore, registryRecordStore, type RecordStore } from './store.js';

export function recordStoreFor(plan: BuildPlan, cwd: string, auth: RegistryAuth = plan.options.registryAuth): RecordStore | undefined {
  switch (plan.backend) {
    case 'registry':
    case 'inline':
      return registryRecordStore(plan.reads, plan.writes, auth);
    case 'local':
      return localRecordStore(plan.reads.map((p) => path.resolve(cwd, p)), plan.writes && path.resolve(cwd, plan.writes));
    default:
      return undefined;
  }
}
