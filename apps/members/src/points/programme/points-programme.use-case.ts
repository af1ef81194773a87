import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import type { LevelTable } from '../growth-levels';
import type { PointsExpiryPolicy } from '../expiry-policy';
import { pointsProgrammeDecider, pointsProgrammeStream, type PointsProgrammeCommand } from '../points-programme';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';

type Change<T extends PointsProgrammeCommand['type']> = Omit<Extract<PointsProgrammeCommand, { type: T }>, 'type' | 'by' | 'at'>;

/** Changes to the tenant's points programme: expiry policy, growth levels, badge definitions. */
@Injectable()
export class PointsProgrammeUseCase {
  constructor(private readonly context: MembersContext) {}

  setExpiryPolicy(identity: Identity, policy: PointsExpiryPolicy, idempotencyKey?: string) {
    return this.run(identity, { type: 'SetPointsExpiryPolicy', policy, by: actorOf(identity), at: new Date() }, idempotencyKey);
  }

  defineGrowthLevels(identity: Identity, levels: LevelTable['levels'], idempotencyKey?: string) {
    return this.run(identity, { type: 'DefineGrowthLevels', levels, by: actorOf(identity), at: new Date() }, idempotencyKey);
  }

  defineBadge(identity: Identity, badge: Change<'DefineBadge'>, idempotencyKey?: string) {
    return this.run(identity, { type: 'DefineBadge', ...badge, by: actorOf(identity), at: new Date() }, idempotencyKey);
  }

  private async run(identity: Identity, command: PointsProgrammeCommand, idempotencyKey?: string): Promise<void> {
    await this.context.store.handle({
      decider: pointsProgrammeDecider,
      stream: tenantStream(identity.tenant, pointsProgrammeStream),
      command,
      context: { idempotencyKey },
    });
  }
}
