import fc from 'fast-check';
import { randomUUID } from 'node:crypto';

/** Replaced by raw invalid UTF-8 bytes when the request body is encoded (JSON text cannot carry them). */
export const invalidUtf8Marker = '__GS_FUZZ_INVALID_UTF8__';
export const invalidUtf8Bytes = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1]);

const megabyte = 'a'.repeat(1_000_000);

/** Strings a client should never be able to turn into a server fault. */
const hostileStrings = [
  '',
  ' ',
  'a\u0000b',
  '\u202Eevil\u202C',
  '\ud800',
  'x\udfffy',
  '\uFEFF\u200B\u200D',
  'ｗｅｉｘｉｎ　全角',
  'a\u0301'.repeat(2_000),
  '👨‍👩‍👧‍👦'.repeat(200),
  "' OR 1=1 --",
  "'); DROP TABLE members; --",
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}%s%n',
  '../../../../etc/passwd',
  '\\x00\\u0000%00',
  'x'.repeat(10_000),
];

const hostileIds = [
  'not-a-member-id',
  '',
  '00000000-0000-0000-0000-000000000000',
  '{0b9f4c1e-8d7a-4f3b-9c2d-1e5a6b7c8d9e}',
  '0B9F4C1E-8D7A-4F3B-9C2D-1E5A6B7C8D9E',
  '0b9f4c1e-8d7a-4f3b-9c2d-1e5a6b7c8d9e\u0000',
  "1' OR '1'='1",
  '-1',
  'id-'.repeat(5_000),
  7,
];

const hostileInts = [-1, 0, -2_147_483_649, 2_147_483_648, 1e20, 1.5, 'NaN', 'Infinity', '1', true, null, [1]];
const hostileFloats = [-1, 0, 1e308, -1e308, 'NaN', '1e999', '', false, null];
const hostileBooleans = ['true', 1, 0, 'yes', null];
const hostileDateTimes = ['yesterday', '2026-13-45T99:99:99Z', '0000-00-00T00:00:00Z', '275760-09-13T00:00:00.001Z', '1970-01-01T00:00:00Z', '', '2026-11-01', -1, null];
const hostileEnums = ['NOT_A_VALUE', '', 'wechat; DROP TABLE', 'WECHAT', 0, null];
const hostileObjects = [{}, 'not-an-object', [], null, { unknownField: 1 }, JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')];

export type InputKind = 'String' | 'ID' | 'Int' | 'Float' | 'Boolean' | 'DateTime' | 'Enum' | 'Object' | 'List';

const pools: Record<InputKind, readonly unknown[]> = {
  String: hostileStrings,
  ID: hostileIds,
  Int: hostileInts,
  Float: hostileFloats,
  Boolean: hostileBooleans,
  DateTime: hostileDateTimes,
  Enum: hostileEnums,
  Object: hostileObjects,
  List: [[], 'not-a-list', [null]],
};

/**
 * `count` hostile values for one slot of kind `kind`: drawn from the curated pool above and from
 * fast-check's own generators (arbitrary binary and full-Unicode strings), reproducible from `seed`.
 */
export function hostileValuesFor(kind: InputKind, count: number, seed: number): unknown[] {
  const generated =
    kind === 'String' || kind === 'ID'
      ? fc.sample(fc.oneof(fc.string({ unit: 'binary', maxLength: 48 }), fc.string({ unit: 'grapheme-composite', maxLength: 48 })), { numRuns: 2, seed })
      : kind === 'Int' || kind === 'Float'
        ? fc.sample(fc.oneof(fc.integer({ min: -2_147_483_648, max: -1 }), fc.double({ noNaN: false })), { numRuns: 1, seed })
        : [];
  const curated = fc.sample(fc.shuffledSubarray([...pools[kind]], { minLength: Math.min(count, pools[kind].length), maxLength: Math.min(count, pools[kind].length) }), { numRuns: 1, seed })[0] ?? [];
  return [...curated, ...generated].map((value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
}

/** Values that go once per operation, not per slot: they are big. */
export const oncePerOperation = {
  megabyteString: megabyte,
  invalidUtf8: invalidUtf8Marker,
  tenThousandItems: (item: unknown) => Array.from({ length: 10_000 }, () => item),
  randomId: () => randomUUID(),
};
