// Every CI adapter the contract test runs: one line each (its facts live in its own test/contract.ts).
import type { AdapterContract } from '@layercache/sdk/adapter';
import { circleciContract } from '../../circleci/test/contract.js';
import { gitlabContract } from '../../gitlab/test/contract.js';
import { harnessContract } from '../../harness/test/contract.js';
import { semaphoreContract } from '../../semaphore/test/contract.js';

export const ADAPTERS: Array<[string, AdapterContract]> = [
  ['gitlab', gitlabContract],
  ['harness', harnessContract],
  ['circleci', circleciContract],
  ['semaphore', semaphoreContract],
];
