import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { appendTo, loadAggregate, type Aggregate } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { decideMergeOfMembers, decideUnmergeOfMembers } from './merge-members';
import { memberDecider } from '../membership/member.decider';
import { runIdempotentCommand } from '../shared/idempotent-command';
import { MemberDomainError } from '../shared/member-domain.error';
import { memberStreams } from '../shared/stream-ids';
import { type MemberState } from '../membership/member.state';
import { actorOf } from '../shared/actor-of';
import { MembersContext } from '../shared/members-context';
import { tenantStream } from '../shared/tenant-stream';

/**
 * Merges a duplicate into a survivor, and undoes it. Each decision spans two member streams: both
 * are appended in one transaction at the versions they were read at, or neither is.
 */
@Injectable()
export class MergeMembersUseCase {
  constructor(private readonly context: MembersContext) {}

  merge(identity: Identity, input: { duplicateId: string; survivorId: string; reason: string }, idempotencyKey?: string): Promise<{ mergeId: string }> {
    const mergeId = randomUUID();
    const { store } = this.context;
    return runIdempotentCommand(store, { tenantId: identity.tenant, key: idempotencyKey, command: 'MergeMembers' }, async (client) => {
      if (input.duplicateId === input.survivorId) throw new MemberDomainError('CANNOT_MERGE_WITH_SELF', 'A member cannot be merged into itself');
      const [duplicate, survivor] = [await this.load(client, identity, input.duplicateId), await this.load(client, identity, input.survivorId)];
      const decision = decideMergeOfMembers(duplicate.state, survivor.state, { mergeId, reason: input.reason, by: actorOf(identity) });
      await store.append(client, [appendTo(duplicate, decision.duplicateEvents), appendTo(survivor, decision.survivorEvents)], { correlationId: mergeId });
      return { mergeId };
    });
  }

  unmerge(identity: Identity, input: { survivorId: string; duplicateId: string; mergeId: string; reason: string }, idempotencyKey?: string): Promise<{ mergeId: string }> {
    const { store } = this.context;
    return runIdempotentCommand(store, { tenantId: identity.tenant, key: idempotencyKey, command: 'UnmergeMembers' }, async (client) => {
      const [survivor, duplicate] = [await this.load(client, identity, input.survivorId), await this.load(client, identity, input.duplicateId)];
      const decision = decideUnmergeOfMembers(survivor.state, duplicate.state, { mergeId: input.mergeId, reason: input.reason, by: actorOf(identity) });
      await store.append(client, [appendTo(survivor, decision.survivorEvents), appendTo(duplicate, decision.duplicateEvents)], { correlationId: input.mergeId });
      return { mergeId: input.mergeId };
    });
  }

  private async load(client: PoolClient, identity: Identity, memberId: string): Promise<Aggregate<MemberState>> {
    const member = await loadAggregate(client, memberDecider, tenantStream(identity.tenant, memberStreams.member(memberId)));
    if (member.version === 0) throw new MemberDomainError('MEMBER_NOT_FOUND', 'No such member', { memberId });
    return member;
  }
}
