import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { loadAggregate } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { communityDecider } from '../../communities/community.decider';
import { memberDecider } from '../member.decider';
import { runIdempotentCommand } from '../../shared/idempotent-command';
import { MemberDomainError } from '../../shared/member-domain.error';
import { memberStreams } from '../../shared/stream-ids';
import { normaliseIdentity, type IdentityInput } from '../identity/normalise';
import { profilePlaintexts } from '../profile-values';
import { type IdentityToLink, type MemberCommand } from '../member.commands';
import { decideJoinTarget, requireJoinedAt } from '../join-rules';
import { identityLookupHash } from '../../shared/privacy/identity-lookup';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';

export interface JoinCommunityInput {
  communityId: string;
  identities: IdentityInput[];
  displayName?: string;
  channel: string;
  campaignId?: string;
  referrerMemberId?: string;
  /**
   * For imports of people who joined before Groundswell knew them: when the join happened. Every
   * event of the join is stamped with it (so join dates and the member's registration are history,
   * not import time). Never in the future; the mutation requires members:manage like any join.
   */
  joinedAt?: Date;
}

/** The member decider, with every event it decides stamped as having happened at `at`. */
function decidingAt(at: Date | undefined): typeof memberDecider {
  if (!at) return memberDecider;
  return { ...memberDecider, decide: (command, state) => memberDecider.decide(command, state).map((event) => ({ ...event, occurredAt: at })) };
}

export interface JoinCommunityResult {
  memberId: string;
  /** False when an identity resolved to a member who already existed. */
  newMember: boolean;
}

/**
 * A person joins a community. Their identities are normalised and looked up in the blind index:
 * a known identity attaches the join to its member; otherwise a member is registered (with their
 * own data key) in the same transaction. Concurrent joins of one person retry on the unique index.
 */
@Injectable()
export class JoinCommunityUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, input: JoinCommunityInput, idempotencyKey?: string): Promise<JoinCommunityResult> {
    return runIdempotentCommand(this.context.store, { tenantId: identity.tenant, key: idempotencyKey, command: 'JoinCommunity' }, (client) => this.join(client, identity, input));
  }

  private async join(client: PoolClient, identity: Identity, input: JoinCommunityInput): Promise<JoinCommunityResult> {
    const tenantId = identity.tenant;
    const joinedAt = requireJoinedAt(input.joinedAt, new Date());
    const community = await loadAggregate(client, communityDecider, tenantStream(tenantId, memberStreams.community(input.communityId)));
    const target = decideJoinTarget(community.state, input);
    if (input.identities.length === 0) throw new MemberDomainError('INVALID_IDENTITY', 'A join names at least one identity');
    const normalised = input.identities.map(normaliseIdentity);
    const hashes = normalised.map((each) => identityLookupHash(this.context.config.identityIndexKey, tenantId, each));
    const { rows } = await client.query<{ member_id: string; lookup_hash: Buffer }>(
      'SELECT member_id, lookup_hash FROM member_identity_index WHERE tenant_id = $1 AND lookup_hash = ANY($2)',
      [tenantId, hashes],
    );
    const owners = new Set(rows.map((row) => row.member_id));
    if (owners.size > 1) {
      throw new MemberDomainError('IDENTITY_ID_CONFLICT', 'These identities belong to different members; merge them first', {
        memberIds: [...owners],
      });
    }
    const known = new Set(rows.map((row) => row.lookup_hash.toString('hex')));
    const memberId = [...owners][0] ?? randomUUID();
    const keyId = await this.context.vault.keyIdFor(client, tenantId, memberId);
    const fresh: IdentityToLink[] = [];
    for (const [index, each] of normalised.entries()) {
      if (known.has(hashes[index].toString('hex'))) continue;
      const identityId = randomUUID();
      fresh.push({ identityId, kind: each.kind, scope: each.scope, value: await this.context.vault.encrypt(client, tenantId, memberId, each.value) });
      // A concurrent join that indexed the same identity first makes this insert fail: the retry finds it.
      await client.query('INSERT INTO member_identity_index (tenant_id, lookup_hash, identity_id, member_id) VALUES ($1, $2, $3, $4)', [
        tenantId,
        hashes[index],
        identityId,
        memberId,
      ]);
    }
    const by = actorOf(identity);
    const commands: MemberCommand[] = owners.size
      ? [...fresh.map((linked) => ({ type: 'LinkIdentity' as const, identity: linked, by })), { type: 'JoinCommunity', ...target, by }]
      : [{ type: 'RegisterMember', memberId, keyId, identities: fresh, profile: await this.profile(client, tenantId, memberId, input), join: target, by }];
    for (const command of commands) {
      await this.context.store.handleIn(client, {
        decider: decidingAt(joinedAt),
        stream: tenantStream(tenantId, memberStreams.member(memberId)),
        command,
      });
    }
    return { memberId, newMember: owners.size === 0 };
  }

  private async profile(client: PoolClient, tenantId: string, memberId: string, input: JoinCommunityInput) {
    if (input.displayName === undefined) return undefined;
    const plain = profilePlaintexts({ displayName: input.displayName });
    return { displayName: plain.displayName ? await this.context.vault.encrypt(client, tenantId, memberId, plain.displayName) : null };
  }
}
