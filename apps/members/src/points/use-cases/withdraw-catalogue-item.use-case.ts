import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { runCatalogueCommand } from './catalogue-command';

/** Takes an item out of the catalogue for good; redemptions already made stand. */
@Injectable()
export class WithdrawCatalogueItemUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, itemId: string, reason?: string, idempotencyKey?: string): Promise<{ itemId: string }> {
    return runCatalogueCommand(this.context, identity, itemId, { type: 'WithdrawCatalogueItem', reason, by: actorOf(identity) }, idempotencyKey);
  }
}
