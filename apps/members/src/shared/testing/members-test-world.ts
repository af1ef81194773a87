import { randomUUID } from 'node:crypto';
import type { Identity } from '@groundswell/service-kit';
import { createTestDatabase, type TestDatabase } from '@groundswell/test-kit';
import { CreateCommunityUseCase } from '../../communities/use-cases/create-community.use-case';
import { membersService } from '../../members.service';
import { JoinCommunityUseCase } from '../../membership/use-cases/join-community.use-case';
import { MembersContext } from '../members-context';

export const anOperator = (tenant = `tenant-${randomUUID()}`): Identity => ({ sub: `operator-${randomUUID()}`, tenant, roles: ['owner'] });

/** A fully migrated members database, and factories for the members, communities and streams tests start from. */
export async function membersTestWorld(label: string) {
  const database: TestDatabase = await createTestDatabase(label, membersService.migrations);
  const context = new MembersContext(database.pool);

  const aCommunity = async (identity: Identity) =>
    (await new CreateCommunityUseCase(context).execute(identity, { name: `Community ${randomUUID().slice(0, 8)}`, platform: 'wechat' })).communityId;

  const aMember = async (identity: Identity, communityId?: string) => {
    const joined = await new JoinCommunityUseCase(context).execute(identity, {
      communityId: communityId ?? (await aCommunity(identity)),
      identities: [{ kind: 'email', value: `${randomUUID()}@example.com` }],
      channel: 'qr-code',
    });
    return joined.memberId;
  };

  const eventsOf = async (identity: Identity, streamId: string) => {
    const { rows } = await database.pool.query<{ event_type: string }>(
      'SELECT event_type FROM events WHERE tenant_id = $1 AND stream_id = $2 ORDER BY stream_version',
      [identity.tenant, streamId],
    );
    return rows.map((row) => row.event_type);
  };

  return { database, context, aCommunity, aMember, eventsOf };
}

export type MembersTestWorld = Awaited<ReturnType<typeof membersTestWorld>>;

/** Runs a test in a fresh members world, and drops its database afterwards whatever the test did. */
export async function inMembersWorld(label: string, test: (world: MembersTestWorld) => Promise<void>): Promise<void> {
  const world = await membersTestWorld(label);
  try {
    await test(world);
  } finally {
    await world.database.drop();
  }
}
