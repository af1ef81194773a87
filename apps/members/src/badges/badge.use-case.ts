import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { runPointsCommand } from '../points/use-cases/points-command';
import { actorOf } from '../shared/actor-of';
import { MembersContext } from '../shared/members-context';

/** Awards (once; a repeat is a no-op) and revokes a tenant-defined badge on a member's points account. */
@Injectable()
export class BadgeUseCase {
  constructor(private readonly context: MembersContext) {}

  async award(identity: Identity, input: { memberId: string; badgeId: string; reason?: string }, idempotencyKey?: string): Promise<void> {
    await runPointsCommand(this.context, identity, { type: 'AwardBadge', ...input, by: actorOf(identity) }, idempotencyKey);
  }

  async revoke(identity: Identity, input: { memberId: string; badgeId: string; reason: string }, idempotencyKey?: string): Promise<void> {
    await runPointsCommand(this.context, identity, { type: 'RevokeBadge', ...input, by: actorOf(identity) }, idempotencyKey);
  }
}
