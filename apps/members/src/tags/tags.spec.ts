import { MemberTaggedV1, MemberUntaggedV1, TagDefinedV1, TagRetiredV1, TagRuleChangedV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anId, anOperator, aSystemActor, at, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import { memberTagsDecider, type MemberTagsCommand, type TagSnapshot } from './member-tags.decider';
import { tagDefinitionDecider } from './tag-definition.decider';

const operator = anOperator();
const ruleEngine = aSystemActor('tag-rules');
const tagId = anId();
const memberId = anId();
const now = at('2025-03-01T08:00:00.000Z');
const criteria = { purchasedCategory: 'car', minOrders: 1 };

describe('tagDefinitionDecider', () => {
  const spec = memberDeciderSpec(tagDefinitionDecider);
  const defined = (mode: 'manual' | 'rule' = 'rule') =>
    domainEvent(TagDefinedV1, { tagId, name: 'Car owner', category: 'customer_status', mode, rule: mode === 'rule' ? { version: 1, criteria } : undefined, definedBy: operator });
  const retired = () => domainEvent(TagRetiredV1, { tagId, retiredBy: operator });

  it('should define manual and rule-based tags', () => {
    spec.given([]).when({ type: 'DefineTag', tagId, name: 'Car owner', category: 'customer_status', mode: 'rule', criteria, by: operator }).then([defined()]);
    spec.given([]).when({ type: 'DefineTag', tagId, name: 'Car owner', category: 'customer_status', mode: 'manual', by: operator }).then([defined('manual')]);
  });

  it('should record the tag key in the definition, so the key can be rebuilt from the event', () => {
    const withKey = domainEvent(TagDefinedV1, { tagId, key: 'car-owner', name: 'Car owner', category: 'customer_status', mode: 'manual', rule: undefined, definedBy: operator });
    spec.given([]).when({ type: 'DefineTag', tagId, key: 'car-owner', name: 'Car owner', category: 'customer_status', mode: 'manual', by: operator }).then([withKey]);
  });

  it('should version every rule change', () => {
    const changed = { minOrders: 2 };
    spec
      .given([defined()])
      .when({ type: 'ChangeTagRule', criteria: changed, by: operator })
      .then([domainEvent(TagRuleChangedV1, { tagId, rule: { version: 2, criteria: changed }, changedBy: operator })]);
    spec.given([defined()]).when({ type: 'ChangeTagRule', criteria, by: operator }).then([]);
  });

  it('should retire a tag once', () => {
    spec.given([defined()]).when({ type: 'RetireTag', by: operator }).then([retired()]);
    spec.given([defined(), retired()]).when({ type: 'RetireTag', by: operator }).then([]);
  });

  it.each([
    ['TAG_ALREADY_DEFINED', [defined()], { type: 'DefineTag', tagId, name: 'x', category: 'role', mode: 'manual', by: operator }],
    ['INVALID_TAG', [], { type: 'DefineTag', tagId, name: ' ', category: 'role', mode: 'manual', by: operator }],
    ['INVALID_TAG', [], { type: 'DefineTag', tagId, name: 'KOC', category: 'role', mode: 'rule', by: operator }],
    ['INVALID_TAG', [], { type: 'DefineTag', tagId, name: 'KOC', category: 'role', mode: 'manual', criteria, by: operator }],
    ['TAG_NOT_FOUND', [], { type: 'RetireTag', by: operator }],
    ['TAG_RETIRED', [defined(), retired()], { type: 'ChangeTagRule', criteria, by: operator }],
    ['TAG_MODE_MISMATCH', [defined('manual')], { type: 'ChangeTagRule', criteria, by: operator }],
    ['INVALID_TAG', [defined()], { type: 'ChangeTagRule', criteria: {}, by: operator }],
    ['ACTOR_NOT_ALLOWED', [], { type: 'DefineTag', tagId, name: 'x', category: 'role', mode: 'manual', by: theMember(memberId) }],
  ] as const)('should reject with %s', (code, history, command) => {
    spec.given([...history]).when(command).thenThrows(MemberDomainError, code);
  });
});

describe('memberTagsDecider', () => {
  const spec = memberDeciderSpec(memberTagsDecider);
  const ruleTag: TagSnapshot = { tagId, mode: 'rule', ruleVersion: 3, retired: false };
  const command = (type: 'AssignTag' | 'RemoveTag', source: 'manual' | 'rule', overrides: Partial<MemberTagsCommand> = {}): MemberTagsCommand =>
    ({ type, memberId, tag: ruleTag, source, by: source === 'rule' ? ruleEngine : operator, at: now, ...overrides }) as MemberTagsCommand;
  const tagged = (source: 'manual' | 'rule') =>
    domainEvent(MemberTaggedV1, { memberId, tagId, source, ruleVersion: source === 'rule' ? 3 : undefined, changedBy: source === 'rule' ? ruleEngine : operator, changedAt: now.toISOString() });
  const untagged = (source: 'manual' | 'rule') =>
    domainEvent(MemberUntaggedV1, { memberId, tagId, source, ruleVersion: source === 'rule' ? 3 : undefined, changedBy: source === 'rule' ? ruleEngine : operator, changedAt: now.toISOString() });

  it('should tag by rule with the rule version, and untag when the rule no longer matches', () => {
    spec.given([]).when(command('AssignTag', 'rule')).then([tagged('rule')]);
    spec.given([tagged('rule')]).when(command('RemoveTag', 'rule')).then([untagged('rule')]);
  });

  it('should treat repeated rule runs as no-ops', () => {
    spec.given([tagged('rule')]).when(command('AssignTag', 'rule')).then([]);
    spec.given([]).when(command('RemoveTag', 'rule')).then([]);
  });

  it('should let an operator’s decision outrank the rule', () => {
    spec.given([tagged('rule')]).when(command('AssignTag', 'manual')).then([tagged('manual')]);
    spec.given([tagged('manual')]).when(command('RemoveTag', 'rule')).then([]);
    spec.given([tagged('rule'), untagged('manual')]).when(command('AssignTag', 'rule')).then([]);
    spec.given([tagged('rule'), untagged('manual')]).when(command('AssignTag', 'manual')).then([tagged('manual')]);
  });

  it('should let an operator remove a tag the rule assigned', () => {
    spec.given([tagged('rule')]).when(command('RemoveTag', 'manual')).then([untagged('manual')]);
  });

  it.each([
    ['TAG_RETIRED', command('AssignTag', 'manual', { tag: { ...ruleTag, retired: true } })],
    ['TAG_MODE_MISMATCH', command('AssignTag', 'rule', { tag: { tagId, mode: 'manual', retired: false } })],
    ['ACTOR_NOT_ALLOWED', command('AssignTag', 'manual', { by: theMember(memberId) })],
    ['INVALID_TIMESTAMP', command('AssignTag', 'manual', { at: new Date('x') })],
  ])('should reject with %s', (code, rejected) => {
    spec.given([]).when(rejected).thenThrows(MemberDomainError, code);
  });
});
