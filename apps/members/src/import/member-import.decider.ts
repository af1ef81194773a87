import type { Decider } from '@groundswell/event-store';
import type { Actor, MemberProfileChanges } from '@groundswell/events';
import type { IdentityToLink, JoinTarget, MemberCommand } from '../membership/member.commands';
import { memberDecider } from '../membership/member.decider';
import type { MemberEvent, MemberState } from '../membership/member.state';
import { MemberDomainError } from '../shared/member-domain.error';
import type { PreparedConsent } from './import-row';

/** One row of a person's import: a join, after linking the identities this row names first. */
export interface ImportedJoin {
  row: number;
  target: JoinTarget;
  joinedAt?: Date;
  identities: IdentityToLink[];
}

/** Everything an import says about one person (one member), encrypted, joins in the order they happened. */
export interface ImportMember {
  type: 'ImportMember';
  memberId: string;
  keyId: string;
  joins: ImportedJoin[];
  /** Recorded when the import registers them, as a single join records its display name. */
  profile?: MemberProfileChanges;
  consents: Array<PreparedConsent & { row: number }>;
  by: Actor;
}

export type ImportOutcome = 'JOINED' | 'ALREADY_MEMBER' | 'DUPLICATE';

type StampedEvent = MemberEvent & { occurredAt?: Date };

/**
 * An imported person as the member decider sees it: the same commands, in the same order, as the
 * single joins (and consent records) an operator would otherwise send one by one — registration
 * with the first join, then for each later row its new identities and its join — so the events are
 * the same. A join into a community they are already in is skipped, not refused: an import may
 * name people the tenant knows. Every event of a row is stamped with its `joinedAt`, like a
 * backdated single join; a refusal names its row.
 */
export const memberImportDecider: Decider<ImportMember, MemberEvent, MemberState> = {
  initialState: memberDecider.initialState,
  evolve: memberDecider.evolve,
  decide(command, initial) {
    let state = initial;
    const events: StampedEvent[] = [];
    const apply = (memberCommand: MemberCommand, row: number, at?: Date) => {
      let decided: MemberEvent[];
      try {
        decided = memberDecider.decide(memberCommand, state);
      } catch (error) {
        if (!(error instanceof MemberDomainError)) throw error;
        throw new MemberDomainError(error.code, error.message, { ...error.details, row });
      }
      for (const event of decided) {
        state = memberDecider.evolve(state, event);
        events.push(at ? { ...event, occurredAt: at } : event);
      }
    };
    const { memberId, keyId, by } = command;
    for (const join of command.joins) {
      if (state.status === 'unregistered') {
        apply({ type: 'RegisterMember', memberId, keyId, identities: join.identities, profile: command.profile, join: join.target, by }, join.row, join.joinedAt);
        continue;
      }
      for (const identity of join.identities) apply({ type: 'LinkIdentity', identity, by }, join.row, join.joinedAt);
      if (state.memberships[join.target.community.communityId]?.status === 'active') continue;
      apply({ type: 'JoinCommunity', ...join.target, by }, join.row, join.joinedAt);
    }
    for (const { row, granted, ...decision } of [...command.consents].sort((a, b) => a.at.getTime() - b.at.getTime())) {
      apply({ type: granted ? 'GrantConsent' : 'RevokeConsent', ...decision, by }, row);
    }
    return events;
  },
};

/** What became of each row: joined, already a member before the import, or a repeat of an earlier row. */
export function importOutcomes(command: ImportMember, before: MemberState): Array<{ row: number; outcome: ImportOutcome }> {
  const joinedNow = new Set<string>();
  return command.joins.map(({ row, target }) => {
    const { communityId } = target.community;
    if (before.memberships[communityId]?.status === 'active') return { row, outcome: 'ALREADY_MEMBER' };
    if (joinedNow.has(communityId)) return { row, outcome: 'DUPLICATE' };
    joinedNow.add(communityId);
    return { row, outcome: 'JOINED' };
  });
}
