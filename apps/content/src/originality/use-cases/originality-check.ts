import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { bandKeys, estimatedSimilarity, minHashSignature, textHash } from '../minhash';
import { originalityDecider } from '../originality.decider';
import { OriginalityError, validContentItemId } from '../originality.error';
import { originalityStream } from '../originality.events';
import { OriginalityQueries, type OriginalityRecord } from '../originality.queries';

const MAX_TEXT_LENGTH = 100_000;

export interface OriginalityCheckContext {
  idempotencyKey?: string;
  correlationId?: string;
  causationId?: string;
}

/**
 * CNT-27: compares an item's text with the tenant's other items and records the verdict. Runs on
 * every ContentSubmitted (ContentSubmittedConsumer) and on request; idempotent for an unchanged text.
 */
@Injectable()
export class OriginalityCheck {
  constructor(
    private readonly store: EventStore,
    private readonly queries: OriginalityQueries,
  ) {}

  check(tenantId: string, itemId: string, text: string, by = 'system:originality', context: OriginalityCheckContext = {}): Promise<OriginalityRecord> {
    return this.store.transaction((client) => this.checkIn(client, tenantId, itemId, text, by, context));
  }

  /** The same, inside the caller's transaction (a consumer recording what it handled). */
  async checkIn(client: PoolClient, tenantId: string, itemId: string, text: string, by: string, context: OriginalityCheckContext = {}): Promise<OriginalityRecord> {
    validContentItemId(itemId);
    if (text.length > MAX_TEXT_LENGTH) throw new OriginalityError('TEXT_TOO_LONG', `At most ${MAX_TEXT_LENGTH} characters`, { length: text.length });
    const signature = minHashSignature(text);
    const candidates = signature
      ? (await this.queries.candidates(tenantId, itemId, bandKeys(signature), client)).map((candidate) => ({ itemId: candidate.itemId, similarity: estimatedSimilarity(signature, candidate.signature) }))
      : [];
    await this.store.handleIn(client, {
      decider: originalityDecider,
      stream: { tenantId, ...originalityStream(itemId) },
      command: { type: 'CheckOriginality', itemId, textHash: textHash(text), signature, candidates, by },
      context,
    });
    const recorded = await this.queries.originality(tenantId, itemId, client);
    if (!recorded) throw new Error(`The originality of ${itemId} was checked but cannot be read back`);
    return recorded;
  }
}
