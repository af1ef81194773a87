import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@groundswell/event-store';
import { effectivePermissions, PG_POOL, type Identity } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { generateApiKey } from '../api-key-secret';
import { apiKeyDecider } from '../api-key.decider';
import { apiKeyStream } from '../api-key.events';
import { apiKeysEventStore } from '../api-keys.projection';

export interface IssueApiKeyInput {
  name: string;
  permissions: string[];
  communityIds?: string[];
}

export interface IssuedApiKey {
  keyId: string;
  /** Shown once: null when a retry with the same idempotency key replays the first issue. */
  secret: string | null;
}

@Injectable()
export class IssueApiKeyUseCase {
  private readonly store: EventStore;

  constructor(@Inject(PG_POOL) pool: Pool) {
    this.store = apiKeysEventStore(pool);
  }

  async execute(identity: Identity, input: IssueApiKeyInput, idempotencyKey?: string): Promise<IssuedApiKey> {
    const key = generateApiKey();
    const outcome = await this.store.handle({
      decider: apiKeyDecider,
      stream: { tenantId: identity.tenant, ...apiKeyStream(key.keyId) },
      command: {
        type: 'IssueApiKey',
        keyId: key.keyId,
        name: input.name,
        permissions: input.permissions,
        communityIds: input.communityIds,
        secretHash: key.secretHash,
        issuer: { sub: identity.sub, permissions: effectivePermissions(identity), communities: identity.communities },
      },
      context: { idempotencyKey },
      result: () => ({ keyId: key.keyId }),
    });
    // The secret is never stored, not even with the idempotency key's result.
    return { keyId: outcome.result.keyId, secret: outcome.replayed ? null : key.plaintext };
  }
}
