// What a cache mount's tar holds, without unpacking it: a content digest over every entry's path,
// type, mode, owner, link and bytes (not times: a restore rewrites directory times, and a mount
// whose files are the same is unchanged), and whether it holds anything beyond its root.
import { createHash } from 'node:crypto';

export interface ArchiveFacts {
  /** sha256 over the entries (see above), `sha256:<hex>`. */
  digest: string;
  /** Entries besides the mount's root directory. */
  entries: number;
}

const BLOCK = 512;

export function inspectArchive(tar: Buffer): ArchiveFacts {
  const hash = createHash('sha256');
  let entries = 0;
  let offset = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = octal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] || 48);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L') {
      longName = text(body);
      continue;
    }
    if (type === 'x') {
      paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
      continue;
    }
    if (type === 'g') continue;
    const prefix = text(header.subarray(345, 500));
    const name =
      paxPath ?? longName ?? (prefix ? `${prefix}/${text(header.subarray(0, 100))}` : text(header.subarray(0, 100)));
    longName = paxPath = undefined;
    const normalized = name.replace(/^\.\/?/, '').replace(/\/$/, '');
    const fields = [
      normalized,
      type,
      octal(header.subarray(100, 108)) & 0o7777,
      octal(header.subarray(108, 116)),
      octal(header.subarray(116, 124)),
      text(header.subarray(157, 257)),
    ];
    hash.update(`${JSON.stringify(fields)}\n`);
    hash.update(body);
    if (normalized !== '') entries += 1;
  }
  return { digest: `sha256:${hash.digest('hex')}`, entries };
}

function text(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
}

function octal(bytes: Buffer): number {
  // GNU base-256 for large values: the high bit of the first byte is set.
  if (bytes[0]! & 0x80) return bytes.subarray(1).reduce((n, b) => n * 256 + b, bytes[0]! & 0x7f);
  const digits = text(bytes).trim();
  return digits === '' ? 0 : parseInt(digits, 8);
}
