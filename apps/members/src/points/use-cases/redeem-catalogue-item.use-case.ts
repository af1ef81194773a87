import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { appendTo, foldEvents, loadAggregate } from '@groundswell/event-store';
import { RequestError, type Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { balance } from '../lots';
import { catalogueItemDecider } from '../catalogue/catalogue-item.decider';
import { decideRedemption } from '../redemption/decide-redemption';
import { runIdempotentCommand } from '../../shared/idempotent-command';
import { memberStreams } from '../../shared/stream-ids';
import { pointsDecider } from '../points.decider';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';
import { activeCommunityIds, loadActiveMember, requireUuid } from './active-member';

export interface RedeemCatalogueItemInput {
  memberId: string;
  itemId: string;
  quantity: number;
  /** Points per unit the member was shown; a reprice since then rejects with PRICE_CHANGED. */
  expectedCost: number;
  /** Chosen by the caller to make retries safe; a fresh one otherwise. */
  redemptionId?: string;
}

export interface RedemptionResult {
  redemptionId: string;
  memberId: string;
  itemId: string;
  balance: number;
  stock: number;
}

/**
 * A member spends points on a catalogue item: the points stream and the item's stream are both
 * appended in one transaction at the versions the decision was folded from, so points and stock
 * move together or not at all. A concurrent change to either rolls both back and the decision is
 * made again on fresh state (where a sold-out item now says OUT_OF_STOCK).
 */
@Injectable()
export class RedeemCatalogueItemUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, input: RedeemCatalogueItemInput, idempotencyKey?: string): Promise<RedemptionResult> {
    if (!Number.isSafeInteger(input.expectedCost) || input.expectedCost < 1) throw new RequestError('BAD_USER_INPUT', 'expectedCost is a whole number of points above 0');
    const request = { ...input, redemptionId: requireUuid(input.redemptionId ?? randomUUID(), 'redemptionId'), itemId: requireUuid(input.itemId, 'itemId') };
    return runIdempotentCommand(this.context.store, { tenantId: identity.tenant, key: idempotencyKey, command: 'RedeemCatalogueItem' }, (client) => this.redeem(client, identity.tenant, request));
  }

  private async redeem(client: PoolClient, tenantId: string, input: RedeemCatalogueItemInput & { redemptionId: string }): Promise<RedemptionResult> {
    const { memberId, itemId, redemptionId, quantity } = input;
    const member = await loadActiveMember(client, tenantId, memberId);
    const item = await loadAggregate(client, catalogueItemDecider, tenantStream(tenantId, memberStreams.catalogueItem(itemId)));
    const points = await loadAggregate(client, pointsDecider, tenantStream(tenantId, memberStreams.points(memberId)));
    const decision = decideRedemption(item.state, points.state, {
      redemptionId,
      memberId,
      itemId,
      quantity,
      expectedPoints: input.expectedCost * quantity,
      memberCommunityIds: activeCommunityIds(member),
      at: new Date(),
    });
    // Always the item first: every redemption locks the two stream rows in the same order, so they can't deadlock.
    await this.context.store.append(client, [appendTo(item, decision.catalogueEvents), appendTo(points, decision.pointsEvents)], { correlationId: redemptionId });
    return {
      redemptionId,
      memberId,
      itemId,
      balance: balance(foldEvents(pointsDecider, decision.pointsEvents, points.state).lots),
      stock: foldEvents(catalogueItemDecider, decision.catalogueEvents, item.state).stock,
    };
  }
}
