// none: no cache flags at all (the builder's own state is still used).
import { emptyPlan, type CacheBackend } from './types.js';

export const noneBackend: CacheBackend = {
  name: 'none',
  exporter: null,
  store: null,
  plan() {
    return emptyPlan('none');
  },
};
