import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  appendToStream,
  claimIdempotencyKey,
  foldEvents,
  inTransactionRetryingConflicts,
  readStream,
  recordIdempotentResult,
  type InlineProjection,
  type NewEvent,
  type StreamRef,
} from '@groundswell/event-store';
import { RequestError, type Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { balance, catalogueItemDecider, decideRedemption, memberStreams, pointsDecider } from '../../domain';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';
import { catalogueItemProjection } from '../read-models/catalogue-item.projection';
import { pointsAccountProjection } from '../read-models/points-account.projection';
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
    return inTransactionRetryingConflicts(this.context.pool, true, async (client) => {
      if (idempotencyKey) {
        const earlier = await claimIdempotencyKey(client, identity.tenant, idempotencyKey, 'RedeemCatalogueItem');
        if (earlier) return earlier.result as RedemptionResult;
      }
      const result = await this.redeem(client, identity.tenant, request);
      if (idempotencyKey) await recordIdempotentResult(client, identity.tenant, idempotencyKey, result);
      return result;
    });
  }

  private async redeem(client: PoolClient, tenantId: string, input: RedeemCatalogueItemInput & { redemptionId: string }): Promise<RedemptionResult> {
    const { memberId, itemId, redemptionId, quantity } = input;
    const member = await loadActiveMember(client, tenantId, memberId);
    const itemStream = tenantStream(tenantId, memberStreams.catalogueItem(itemId));
    const pointsStream = tenantStream(tenantId, memberStreams.points(memberId));
    const itemHistory = await readStream(client, tenantId, itemStream.streamId);
    const pointsHistory = await readStream(client, tenantId, pointsStream.streamId);
    const item = foldEvents(catalogueItemDecider, itemHistory as never);
    const points = foldEvents(pointsDecider, pointsHistory as never);
    const decision = decideRedemption(item, points, {
      redemptionId,
      memberId,
      itemId,
      quantity,
      expectedPoints: input.expectedCost * quantity,
      memberCommunityIds: activeCommunityIds(member),
      at: new Date(),
    });
    const metadata = { correlationId: redemptionId };
    // Always the item first: every redemption locks the two stream rows in the same order, so they can't deadlock.
    const itemEvents = await append(client, itemStream, itemHistory.length, decision.catalogueEvents, metadata, catalogueItemProjection);
    const pointsEvents = await append(client, pointsStream, pointsHistory.length, decision.pointsEvents, metadata, pointsAccountProjection);
    return {
      redemptionId,
      memberId,
      itemId,
      balance: balance(foldEvents(pointsDecider, [...pointsHistory, ...pointsEvents] as never).lots),
      stock: foldEvents(catalogueItemDecider, [...itemHistory, ...itemEvents] as never).stock,
    };
  }
}

async function append(client: PoolClient, stream: StreamRef, expectedVersion: number, events: readonly NewEvent[], metadata: { correlationId: string }, projection: InlineProjection) {
  if (events.length === 0) return [];
  const stored = await appendToStream(client, stream, expectedVersion, events, metadata);
  await projection.apply(client, stored, projection.table);
  return stored;
}
