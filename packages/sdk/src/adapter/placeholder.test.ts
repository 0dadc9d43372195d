import { describe, expect, test } from 'vitest';
import { looksLikePlaceholder } from './placeholder.js';

describe('looksLikePlaceholder', () => {
  test.each(['', '  ', '<+secrets.getValue("dlc")>', '<ACCESS_KEY>', '$AWS_KEY', '${AWS_KEY}', '{{ key }}', 'xxxx',
    '****', '----', 'changeme', 'CHANGEME', 'null', 'your-secret-key', ' secret_key '])('%j is a placeholder', (v) => {
    expect(looksLikePlaceholder(v)).toBe(true);
  });

  test.each(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'x1', 'secret-value-0001', '<a><b>'])(
    '%j is not', (v) => {
      expect(looksLikePlaceholder(v)).toBe(false);
    },
  );
});
