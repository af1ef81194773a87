import type { Decider } from '@groundswell/event-store';
import { TagDefinedV1, TagRetiredV1, TagRuleChangedV1, type Actor, type TagCategory, type TagMode, type TagRule } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsAndAutomation, requireActor } from '../shared/actor-policy';
import { domainEvent, type DomainEventOf } from '../shared/domain-event';
import { requireText } from '../shared/text';

export type TagDefinitionCommand =
  | { type: 'DefineTag'; tagId: string; key?: string; name: string; category: TagCategory; mode: TagMode; criteria?: Record<string, unknown>; by: Actor }
  | { type: 'ChangeTagRule'; criteria: Record<string, unknown>; by: Actor }
  | { type: 'RetireTag'; by: Actor };

export type TagDefinitionEvent = DomainEventOf<typeof TagDefinedV1 | typeof TagRuleChangedV1 | typeof TagRetiredV1>;

export interface TagDefinitionState {
  exists: boolean;
  tagId: string;
  mode: TagMode;
  rule?: TagRule;
  retired: boolean;
}

const hasCriteria = (criteria?: Record<string, unknown>) => criteria !== undefined && Object.keys(criteria).length > 0;

/**
 * A tag of the tenant's vocabulary (stream `tag-<tagId>`): manual, or assigned by a versioned rule.
 * Retired tags stay in members' histories but can't be assigned again.
 */
export const tagDefinitionDecider: Decider<TagDefinitionCommand, TagDefinitionEvent, TagDefinitionState> = {
  initialState: () => ({ exists: false, tagId: '', mode: 'manual', retired: false }),
  evolve(state, event) {
    switch (event.type) {
      case TagDefinedV1.type:
        return { exists: true, tagId: event.data.tagId, mode: event.data.mode, rule: event.data.rule, retired: false };
      case TagRuleChangedV1.type:
        return { ...state, rule: event.data.rule };
      case TagRetiredV1.type:
        return { ...state, retired: true };
    }
  },
  decide(command, state) {
    requireActor(command.by, operatorsAndAutomation, 'manage tags');
    if (command.type === 'DefineTag') {
      if (state.exists) throw new MemberDomainError('TAG_ALREADY_DEFINED', 'The tag exists already', { tagId: state.tagId });
      const name = requireText(command.name, 50, 'INVALID_TAG', 'name');
      if ((command.mode === 'rule') !== hasCriteria(command.criteria)) {
        throw new MemberDomainError('INVALID_TAG', 'A rule-based tag needs criteria; a manual tag has none');
      }
      const { tagId, key, category, mode, criteria } = command;
      const rule = criteria && mode === 'rule' ? { version: 1, criteria } : undefined;
      return [domainEvent(TagDefinedV1, { tagId, ...(key === undefined ? {} : { key }), name, category, mode, rule, definedBy: command.by })];
    }
    if (!state.exists) throw new MemberDomainError('TAG_NOT_FOUND', 'No such tag');
    if (command.type === 'RetireTag') return state.retired ? [] : [domainEvent(TagRetiredV1, { tagId: state.tagId, retiredBy: command.by })];
    if (state.retired) throw new MemberDomainError('TAG_RETIRED', 'The tag is retired', { tagId: state.tagId });
    if (state.mode !== 'rule') throw new MemberDomainError('TAG_MODE_MISMATCH', 'A manual tag has no rule');
    if (!hasCriteria(command.criteria)) throw new MemberDomainError('INVALID_TAG', 'A rule needs criteria');
    if (JSON.stringify(command.criteria) === JSON.stringify(state.rule?.criteria)) return [];
    const rule = { version: (state.rule?.version ?? 0) + 1, criteria: command.criteria };
    return [domainEvent(TagRuleChangedV1, { tagId: state.tagId, rule, changedBy: command.by })];
  },
};
