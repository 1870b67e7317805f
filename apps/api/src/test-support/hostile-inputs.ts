// What a hostile caller sends: every route of the fuzz suite gets each of these.

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const long = 'x'.repeat(130_000);
const longHan = '年'.repeat(130_000);

/** Raw request bodies with their content type. */
export const hostileBodies: readonly { body: string; type: string }[] = [
  { body: deepArray(10_000), type: 'application/json' },
  { body: deepObject(10_000), type: 'application/json' },
  { body: deepArray(10_000), type: 'text/plain' },
  { body: JSON.stringify({ text: long }), type: 'application/json' },
  { body: JSON.stringify(longHan), type: 'application/json' },
  { body: 'null', type: 'application/json' },
  { body: '[]', type: 'application/json' },
  { body: '"报告"', type: 'application/json' },
  { body: '1e400', type: 'application/json' },
  { body: '-9007199254740993', type: 'application/json' },
  { body: '{', type: 'application/json' },
  { body: '', type: 'application/json' },
  { body: '\u0000\uFEFF{}', type: 'application/json' },
  {
    body: JSON.stringify({
      username: '\uD800',
      password: '\u0000',
      name: '𠮷\u202E',
      agencyId: 1e308,
      parentId: [],
      year: -1e308,
      role: { admin: true },
      report: '\u202E',
      reason: null,
      disabled: 'yes',
      content: 7,
      kind: 'pdf',
    }),
    type: 'application/json',
  },
  { body: JSON.stringify({ year: 1e21, agencyId: 'x', format: 2021 }), type: 'application/json' },
  { body: 'username=a&password=b', type: 'application/x-www-form-urlencoded' },
];

/** Values put in the place of every path parameter (already percent-encoded where needed). */
export const hostileIds: readonly string[] = [
  '%00',
  'x'.repeat(10_000),
  encodeURIComponent('𠮷\u202E年'),
  '..%2F..%2Fetc',
  '-1',
  '1e400',
  '%ED%A0%80',
  '99999999999999999999999',
];

/** Values put in every query parameter (percent-encoded). */
export const hostileScalars: readonly string[] = [
  '1e400',
  '-1',
  '99999999999999999999',
  'NaN',
  '%00',
  encodeURIComponent('𠮷\u202E'),
  'x'.repeat(10_000),
  '%5B%5D',
];

/** Values of an If-Match header. */
export const hostileIfMatch: readonly string[] = [
  '*',
  '"99999999999999999999"',
  'W/"-1"',
  '\u00ff',
];

/** A report whose prose holds 130,000 characters (the prose limit must answer, not a 500). */
export const longProseReport = (report: Record<string, unknown>) => ({
  ...report,
  narrative: { ...(report.narrative as object), overview: longHan },
});
