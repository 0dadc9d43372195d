// The report of a build's cache mounts: per mount, what the restore before the build and the
// save after it did.

export type MountRestoreStatus = 'restored' | 'warm' | 'missing' | 'failed' | 'skipped';
export type MountSaveStatus = 'saved' | 'unchanged' | 'empty' | 'too-large' | 'not-written' | 'failed';

export interface MountReport {
  id: string;
  target: string;
  /** Stage and line of the first RUN that mounts it. */
  stage: string;
  line: number;
  restore: {
    status: MountRestoreStatus;
    /** Archive bytes read (compressed) and the mount's size (uncompressed tar). */
    bytes?: number;
    contentBytes?: number;
    ms?: number;
    /** Where the archive came from. */
    from?: string;
    /** Why it was skipped or failed. */
    message?: string;
  };
  save?: {
    status: MountSaveStatus;
    bytes?: number;
    contentBytes?: number;
    ms?: number;
    to?: string;
    message?: string;
  };
}
