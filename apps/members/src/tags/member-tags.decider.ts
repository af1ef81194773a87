import type { Decider } from '@groundswell/event-store';
import { MemberTaggedV1, MemberUntaggedV1, type Actor, type TagMode } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsAndAutomation, requireActor } from '../shared/actor-policy';
import { domainEvent, type DomainEventOf } from '../shared/domain-event';
import { toInstant } from '../shared/instant';

/** The tag as the use case read it from its own stream. */
export interface TagSnapshot {
  tagId: string;
  mode: TagMode;
  ruleVersion?: number;
  retired: boolean;
}

export type MemberTagsCommand =
  | { type: 'AssignTag'; memberId: string; tag: TagSnapshot; source: 'manual' | 'rule'; by: Actor; at: Date }
  | { type: 'RemoveTag'; memberId: string; tag: TagSnapshot; source: 'manual' | 'rule'; by: Actor; at: Date };

export type MemberTagsEvent = DomainEventOf<typeof MemberTaggedV1 | typeof MemberUntaggedV1>;

interface TagAssignment {
  assigned: boolean;
  source: 'manual' | 'rule';
  /** An operator took the tag off: the rule must not put it back. */
  removedByOperator: boolean;
}

export interface MemberTagsState {
  tags: Record<string, TagAssignment>;
}

/**
 * The tags one member carries (stream `member-tags-<memberId>`); the stream is their history.
 * An operator's decision outranks the rule: a manually assigned tag is never removed by the rule,
 * and a tag an operator removed is not re-added by it. Rule runs repeat, so repeats are no-ops.
 */
export const memberTagsDecider: Decider<MemberTagsCommand, MemberTagsEvent, MemberTagsState> = {
  initialState: () => ({ tags: {} }),
  evolve(state, event) {
    const assigned = event.type === MemberTaggedV1.type;
    const { tagId, source } = event.data;
    const removedByOperator = !assigned && source === 'manual';
    return { tags: { ...state.tags, [tagId]: { assigned, source, removedByOperator } } };
  },
  decide(command, state) {
    requireActor(command.by, operatorsAndAutomation, 'tag members');
    const { memberId, tag, source, by } = command;
    if (source === 'rule' && tag.mode !== 'rule') throw new MemberDomainError('TAG_MODE_MISMATCH', 'The tag has no rule');
    const changedAt = toInstant(command.at);
    const current = state.tags[tag.tagId];
    const ruleVersion = source === 'rule' ? tag.ruleVersion : undefined;
    const data = { memberId, tagId: tag.tagId, source, ruleVersion, changedBy: by, changedAt };
    if (command.type === 'AssignTag') {
      if (tag.retired) throw new MemberDomainError('TAG_RETIRED', 'A retired tag cannot be assigned', { tagId: tag.tagId });
      if (current?.assigned && (current.source === source || source === 'rule')) return [];
      if (source === 'rule' && current?.removedByOperator) return [];
      return [domainEvent(MemberTaggedV1, data)];
    }
    if (!current?.assigned) return [];
    if (source === 'rule' && current.source === 'manual') return [];
    return [domainEvent(MemberUntaggedV1, data)];
  },
};
