import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { runCatalogueCommand } from './catalogue-command';

@Injectable()
export class RestockCatalogueItemUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, itemId: string, quantity: number, idempotencyKey?: string): Promise<{ itemId: string }> {
    return runCatalogueCommand(this.context, identity, itemId, { type: 'RestockCatalogueItem', quantity, by: actorOf(identity) }, idempotencyKey);
  }
}
