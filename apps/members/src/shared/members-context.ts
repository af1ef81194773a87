import { Global, Inject, Injectable, Module } from '@nestjs/common';
import type { EventStore } from '@groundswell/event-store';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { PersonalDataVault } from './privacy/personal-data-vault';
import { loadMembersConfig, type MembersConfig } from './members-config';
import { membersEventStore } from './members-projections';

/** What every members use case needs: the database, its event store, the vault and the identity index key. */
@Injectable()
export class MembersContext {
  readonly config: MembersConfig = loadMembersConfig();
  readonly vault = new PersonalDataVault(this.config.keyEncryptionKey);

  readonly store: EventStore;

  constructor(@Inject(PG_POOL) readonly pool: Pool) {
    this.store = membersEventStore(pool);
  }
}

/** One MembersContext for every feature module of the service. */
@Global()
@Module({ providers: [MembersContext], exports: [MembersContext] })
export class MembersContextModule {}
