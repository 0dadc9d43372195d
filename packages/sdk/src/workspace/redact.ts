// Replaces known secret values with *** in anything the SDK prints or returns as text.
export type Redactor = (text: string) => string;

export function makeRedactor(secrets: Array<string | undefined>): Redactor {
  const values = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4))].sort((a, b) => b.length - a.length);
  if (values.length === 0) return (t) => t;
  return (text) => values.reduce((out, v) => out.split(v).join('***'), text);
}
