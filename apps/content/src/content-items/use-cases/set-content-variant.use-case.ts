import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { ContentItemQueries } from '../content-item.queries';
import type { VariantDraft } from '../platform-limits';
import { runContentItemCommand } from './run-content-item-command';

/** Writes a platform variant, checked against the platform's limits and flagged by the tenant's style guide. */
@Injectable()
export class SetContentVariantUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly queries: ContentItemQueries,
  ) {}

  async execute(identity: Identity, contentItemId: string, variant: VariantDraft, idempotencyKey?: string): Promise<void> {
    const styleRules = await this.queries.styleRules(identity.tenant);
    await runContentItemCommand(this.store, identity.tenant, { type: 'SetContentVariant', contentItemId, variant, styleRules, by: identity.sub }, { idempotencyKey });
  }
}
