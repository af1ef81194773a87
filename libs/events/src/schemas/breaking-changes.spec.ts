import type { JsonSchema } from '../contracts/event-definition';
import { findBreakingChanges } from './breaking-changes';

const uuid = { type: 'string', format: 'uuid' };
const platform = { type: 'string', enum: ['wechat', 'weibo'] };

function objectSchema(properties: Record<string, unknown>, required: string[] = Object.keys(properties)): JsonSchema {
  return { type: 'object', properties, required };
}

const committed = objectSchema({
  memberId: uuid,
  platform,
  acquisition: objectSchema({ channel: { type: 'string' }, campaignId: uuid }, ['channel']),
  tags: { type: 'array', items: { type: 'string' } },
  note: { type: ['string', 'null'] },
});

// `any` keeps each hand-written edit below to one readable line.
function change(update: (schema: any) => void): JsonSchema {
  const copy = structuredClone(committed);
  update(copy);
  return copy;
}

describe(findBreakingChanges.name, () => {
  describe('compatible changes', () => {
    it.each([
      ['nothing', change(() => undefined)],
      ['a new optional property', change((s) => (s.properties.nickname = { type: 'string' }))],
      [
        'a new optional nested property',
        change((s) => (s.properties.acquisition.properties.referrer = uuid)),
      ],
      ['a widened enum', change((s) => s.properties.platform.enum.push('douyin'))],
      ['an enum lifted to any string', change((s) => delete s.properties.platform.enum)],
      ['a new description', change((s) => (s.properties.memberId.description = 'who'))],
      [
        'reordered properties',
        objectSchema({ ...(committed.properties as object) }, [...(committed.required as string[])].reverse()),
      ],
    ])('should accept %s', (_, current) => {
      expect(findBreakingChanges(committed, current)).toEqual([]);
    });
  });

  describe('breaking changes', () => {
    it.each([
      ['a removed property', 'property-removed', 'tags', change((s) => delete s.properties.tags)],
      [
        'a removed nested property',
        'property-removed',
        'acquisition.campaignId',
        change((s) => delete s.properties.acquisition.properties.campaignId),
      ],
      [
        'a new required property',
        'required-property-added',
        'joinedVia',
        change((s) => {
          s.properties.joinedVia = { type: 'string' };
          s.required.push('joinedVia');
        }),
      ],
      [
        'an optional property made required',
        'required-property-added',
        'acquisition.campaignId',
        change((s) => s.properties.acquisition.required.push('campaignId')),
      ],
      ['a required property made optional', 'property-became-optional', 'memberId', change((s) => s.required.shift())],
      ['a changed type', 'type-changed', 'memberId', change((s) => (s.properties.memberId = { type: 'integer' }))],
      [
        'a changed array item type',
        'type-changed',
        'tags[]',
        change((s) => (s.properties.tags.items = { type: 'number' })),
      ],
      [
        'a property made nullable',
        'type-changed',
        'memberId',
        change((s) => (s.properties.memberId = { anyOf: [uuid, { type: 'null' }] })),
      ],
      [
        'a nullable property made non-null',
        'type-changed',
        'note',
        change((s) => (s.properties.note = { type: 'string' })),
      ],
      ['a narrowed enum', 'enum-narrowed', 'platform', change((s) => s.properties.platform.enum.pop())],
      [
        'a string restricted to an enum',
        'enum-narrowed',
        'acquisition.channel',
        change((s) => (s.properties.acquisition.properties.channel.enum = ['qr'])),
      ],
    ])('should flag %s as %s at %s', (_, rule, path, current) => {
      expect(findBreakingChanges(committed, current)).toEqual([expect.objectContaining({ rule, path })]);
    });

    it('should report every breaking change at once, each message naming its property', () => {
      const current = change((s) => {
        delete s.properties.tags;
        s.properties.platform.enum = ['wechat'];
      });

      expect(findBreakingChanges(committed, current).map((found) => found.message)).toEqual([
        'platform: no longer allows "weibo"',
        'tags: property was removed',
      ]);
    });
  });

  describe('schema shapes zod emits', () => {
    it('should compare nullable objects by their properties', () => {
      const before = objectSchema({ referral: { anyOf: [objectSchema({ code: { type: 'string' } }), { type: 'null' }] } });
      const after = objectSchema({ referral: { anyOf: [objectSchema({}), { type: 'null' }] } });

      expect(findBreakingChanges(before, after)).toEqual([
        expect.objectContaining({ rule: 'property-removed', path: 'referral.code' }),
      ]);
    });

    it('should follow local $refs', () => {
      const withMember = (member: JsonSchema) => ({
        ...objectSchema({ member: { $ref: '#/$defs/member' } }),
        $defs: { member },
      });
      const before = withMember(objectSchema({ id: uuid }));
      const after = withMember(objectSchema({ id: { type: 'integer' } }));

      expect(findBreakingChanges(before, after)).toEqual([
        expect.objectContaining({ rule: 'type-changed', path: 'member.id' }),
      ]);
    });

    it('should compare the variants of a union in order', () => {
      const variant = (kind: string, extra: Record<string, unknown> = {}) =>
        objectSchema({ kind: { type: 'string', const: kind }, ...extra });
      const rewards = (...variants: JsonSchema[]) => objectSchema({ reward: { oneOf: variants } });
      const before = rewards(variant('points', { amount: { type: 'integer' } }), variant('coupon'));
      const sameVariants = rewards(variant('points', { amount: { type: 'integer' } }), variant('coupon'));
      const amountRemoved = rewards(variant('points'), variant('coupon'));
      const moreVariants = rewards(variant('points', { amount: { type: 'integer' } }), variant('coupon'), variant('badge'));

      expect(findBreakingChanges(before, sameVariants)).toEqual([]);
      expect(findBreakingChanges(before, amountRemoved)).toEqual([
        expect.objectContaining({ rule: 'property-removed', path: 'reward.amount' }),
      ]);
      expect(findBreakingChanges(before, moreVariants)).toEqual([
        expect.objectContaining({ rule: 'type-changed', path: 'reward' }),
      ]);
    });

    it('should compare record values', () => {
      const before = objectSchema({ counts: { type: 'object', additionalProperties: { type: 'integer' } } });
      const after = objectSchema({ counts: { type: 'object', additionalProperties: { type: 'string' } } });

      expect(findBreakingChanges(before, after)).toEqual([
        expect.objectContaining({ rule: 'type-changed', path: 'counts.*' }),
      ]);
    });
  });
});
