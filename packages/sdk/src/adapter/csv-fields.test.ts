import { expect, test } from 'vitest';
import { csvFields } from './csv-fields.js';

test.each([
  ['type=s3,bucket=b', ['type=s3', 'bucket=b']],
  ['"type=registry","ref=r.example/a,b:c"', ['"type=registry"', '"ref=r.example/a,b:c"']],
  [' type=local , src=/x ,,', ['type=local', 'src=/x']],
  ['', []],
])('%j -> %j', (record, fields) => {
  expect(csvFields(record)).toEqual(fields);
});
