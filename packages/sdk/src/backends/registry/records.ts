// What a cache in a registry keeps beside its tags (registry and inline backends alike): the
// build record at `<ref>.record`, and the blobs its manifest names (for the cost fields).
import { registryCacheBlobs } from '../../prune/registry-store.js';
import { registryRecordStore, type RecordStore } from '../../record/store.js';
import type { RegistryAuth } from '../../registry/client.js';
import type { BuildOptions } from '../../options/schema.js';
import type { CachePlan } from '../types.js';

export function registryRecords(plan: CachePlan, _cwd: string, auth: RegistryAuth): RecordStore {
  return registryRecordStore(plan.reads, plan.writes, auth);
}

export function registryBlobs(where: string, options: BuildOptions): Promise<Map<string, number> | undefined> {
  return registryCacheBlobs(where, options.registryAuth);
}
