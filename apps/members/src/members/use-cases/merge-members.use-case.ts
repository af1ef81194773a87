import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { appendToStream, foldEvents, inTransactionRetryingConflicts, readStream, type NewEvent } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { decideMergeOfMembers, decideUnmergeOfMembers, memberDecider, MemberDomainError, memberStreams, type MemberState } from '../../domain';
import { memberProjection } from '../../read-models/member.projection';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';

interface LoadedMember {
  state: MemberState;
  version: number;
}

/**
 * Merges a duplicate into a survivor, and undoes it. Each decision spans two member streams: both
 * are appended in one transaction at the versions they were read at, or neither is.
 */
@Injectable()
export class MergeMembersUseCase {
  constructor(private readonly context: MembersContext) {}

  merge(identity: Identity, input: { duplicateId: string; survivorId: string; reason: string }): Promise<{ mergeId: string }> {
    const mergeId = randomUUID();
    return inTransactionRetryingConflicts(this.context.pool, true, async (client) => {
      if (input.duplicateId === input.survivorId) throw new MemberDomainError('CANNOT_MERGE_WITH_SELF', 'A member cannot be merged into itself');
      const [duplicate, survivor] = [await this.load(client, identity, input.duplicateId), await this.load(client, identity, input.survivorId)];
      const decision = decideMergeOfMembers(duplicate.state, survivor.state, { mergeId, reason: input.reason, by: actorOf(identity) });
      await this.append(client, identity, input.duplicateId, duplicate.version, decision.duplicateEvents, mergeId);
      await this.append(client, identity, input.survivorId, survivor.version, decision.survivorEvents, mergeId);
      return { mergeId };
    });
  }

  unmerge(identity: Identity, input: { survivorId: string; duplicateId: string; mergeId: string; reason: string }): Promise<{ mergeId: string }> {
    return inTransactionRetryingConflicts(this.context.pool, true, async (client) => {
      const [survivor, duplicate] = [await this.load(client, identity, input.survivorId), await this.load(client, identity, input.duplicateId)];
      const decision = decideUnmergeOfMembers(survivor.state, duplicate.state, { mergeId: input.mergeId, reason: input.reason, by: actorOf(identity) });
      await this.append(client, identity, input.survivorId, survivor.version, decision.survivorEvents, input.mergeId);
      await this.append(client, identity, input.duplicateId, duplicate.version, decision.duplicateEvents, input.mergeId);
      return { mergeId: input.mergeId };
    });
  }

  private async load(client: PoolClient, identity: Identity, memberId: string): Promise<LoadedMember> {
    const history = await readStream(client, identity.tenant, memberStreams.member(memberId).streamId);
    if (history.length === 0) throw new MemberDomainError('MEMBER_NOT_FOUND', 'No such member', { memberId });
    return { state: foldEvents(memberDecider, history as never), version: history.length };
  }

  private async append(client: PoolClient, identity: Identity, memberId: string, version: number, events: NewEvent[], mergeId: string) {
    if (events.length === 0) return;
    const stored = await appendToStream(client, tenantStream(identity.tenant, memberStreams.member(memberId)), version, events, { correlationId: mergeId });
    await memberProjection.apply(client, stored, memberProjection.table);
  }
}
