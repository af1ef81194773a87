import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@groundswell/event-store';
import { PG_POOL, type Identity } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { apiKeyDecider } from '../api-key.decider';
import { apiKeyStream } from '../api-key.events';
import { apiKeysEventStore } from '../api-keys.projection';

@Injectable()
export class RevokeApiKeyUseCase {
  private readonly store: EventStore;

  constructor(@Inject(PG_POOL) pool: Pool) {
    this.store = apiKeysEventStore(pool);
  }

  async execute(identity: Identity, keyId: string, idempotencyKey?: string): Promise<void> {
    // The stream is looked up in the caller's tenant, so another tenant's key id is simply NOT_FOUND.
    await this.store.handle({
      decider: apiKeyDecider,
      stream: { tenantId: identity.tenant, ...apiKeyStream(keyId) },
      command: { type: 'RevokeApiKey', keyId, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
