import type { ProjectedEvent } from '@groundswell/event-store';
import { MemberConsentGrantedV1, MemberConsentRevokedV1, MemberIdentityLinkedV1, MemberJoinedV2, MemberProfileUpdatedV1, MemberRegisteredV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';
import type { DomainEventOf } from '../shared/domain-event';

type Batched = DomainEventOf<
  | typeof MemberRegisteredV1
  | typeof MemberIdentityLinkedV1
  | typeof MemberProfileUpdatedV1
  | typeof MemberJoinedV2
  | typeof MemberConsentGrantedV1
  | typeof MemberConsentRevokedV1
>;
type Run<TType extends Batched['type']> = ReadonlyArray<ProjectedEvent<Batched, TType>>;
type Single<TType extends Batched['type']> = (client: PoolClient, event: ProjectedEvent<Batched, TType>) => Promise<unknown>;

/**
 * A run touching one row twice can't be one UPDATE (or one upsert): it goes event by event, through
 * the single handler, so a batch always has exactly the single handlers' effect.
 */
async function setBased<TType extends Batched['type']>(
  client: PoolClient,
  run: Run<TType>,
  rowOf: (event: ProjectedEvent<Batched, TType>) => string,
  single: Single<TType>,
  statement: () => Promise<unknown>,
) {
  if (new Set(run.map((event) => `${event.tenantId}\u0000${rowOf(event)}`)).size === run.length) return statement();
  for (const event of run) await single(client, event);
}

/** The set-based twins of the member projection's handlers for the events a bulk import appends. */
export function memberProjectionBatches(single: { [TType in Batched['type']]: Single<TType> }) {
  return {
    [MemberRegisteredV1.type]: (client: PoolClient, run: Run<typeof MemberRegisteredV1.type>) =>
      client.query(
        `INSERT INTO members (tenant_id, member_id, key_id, status, registered_at)
         SELECT tenant_id, member_id, key_id, 'active', registered_at FROM unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[])
           AS r(tenant_id, member_id, key_id, registered_at)`,
        [run.map((e) => e.tenantId), run.map((e) => e.data.memberId), run.map((e) => e.data.keyId), run.map((e) => e.occurredAt)],
      ),
    [MemberIdentityLinkedV1.type]: (client: PoolClient, run: Run<typeof MemberIdentityLinkedV1.type>) =>
      setBased(client, run, (e) => e.data.identity.identityId, single[MemberIdentityLinkedV1.type], () =>
        client.query(
          `INSERT INTO member_identities (tenant_id, identity_id, member_id, kind, scope, value, verified, sealed_by)
           SELECT tenant_id, identity_id, member_id, kind, scope, value, verified, member_id
           FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::jsonb[], $7::boolean[])
             AS i(tenant_id, identity_id, member_id, kind, scope, value, verified)
           ON CONFLICT (tenant_id, identity_id) DO UPDATE SET member_id = EXCLUDED.member_id`,
          [
            run.map((e) => e.tenantId),
            run.map((e) => e.data.identity.identityId),
            run.map((e) => e.data.memberId),
            run.map((e) => e.data.identity.kind),
            run.map((e) => e.data.identity.scope ?? null),
            run.map((e) => JSON.stringify(e.data.identity.value)),
            run.map((e) => Boolean(e.data.identity.verification)),
          ],
        ),
      ),
    [MemberProfileUpdatedV1.type]: (client: PoolClient, run: Run<typeof MemberProfileUpdatedV1.type>) =>
      setBased(client, run, (e) => e.data.memberId, single[MemberProfileUpdatedV1.type], () => {
        const changes = run.map((e): Record<string, unknown> => e.data.changes ?? {});
        return client.query(
          `UPDATE members m
           SET display_name = CASE WHEN u.names_display THEN u.display_name ELSE m.display_name END,
               profile = (m.profile - ARRAY(SELECT jsonb_array_elements_text(u.cleared))) || u.set
           FROM unnest($1::text[], $2::uuid[], $3::boolean[], $4::jsonb[], $5::jsonb[], $6::jsonb[])
             AS u(tenant_id, member_id, names_display, display_name, set, cleared)
           WHERE m.tenant_id = u.tenant_id AND m.member_id = u.member_id`,
          [
            run.map((e) => e.tenantId),
            run.map((e) => e.data.memberId),
            changes.map((each) => 'displayName' in each),
            changes.map((each) => (each.displayName === undefined || each.displayName === null ? null : JSON.stringify(each.displayName))),
            changes.map((each) => JSON.stringify(Object.fromEntries(Object.entries(each).filter(([, value]) => value !== null)))),
            changes.map((each) => JSON.stringify(Object.keys(each).filter((field) => each[field] === null))),
          ],
        );
      }),
    [MemberJoinedV2.type]: (client: PoolClient, run: Run<typeof MemberJoinedV2.type>) =>
      setBased(client, run, (e) => `${e.data.communityId}\u0000${e.data.memberId}`, single[MemberJoinedV2.type], async () => {
        await client.query(
          `INSERT INTO memberships (tenant_id, community_id, member_id, status, channel, joined_at)
           SELECT tenant_id, community_id, member_id, 'active', channel, joined_at
           FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[]) AS j(tenant_id, community_id, member_id, channel, joined_at)
           ON CONFLICT (tenant_id, community_id, member_id)
           DO UPDATE SET status = 'active', channel = EXCLUDED.channel, joined_at = EXCLUDED.joined_at, left_at = NULL`,
          [run.map((e) => e.tenantId), run.map((e) => e.data.communityId), run.map((e) => e.data.memberId), run.map((e) => e.data.acquisition.channel), run.map((e) => e.occurredAt)],
        );
        await client.query(
          `UPDATE communities c SET member_count = c.member_count + j.joined
           FROM (SELECT tenant_id, community_id, count(*) AS joined FROM unnest($1::text[], $2::uuid[]) AS j(tenant_id, community_id) GROUP BY 1, 2) j
           WHERE c.tenant_id = j.tenant_id AND c.community_id = j.community_id`,
          [run.map((e) => e.tenantId), run.map((e) => e.data.communityId)],
        );
      }),
    [MemberConsentGrantedV1.type]: (client: PoolClient, run: Run<typeof MemberConsentGrantedV1.type>) =>
      setBased(client, run, (e) => `${e.data.memberId}\u0000${e.data.purpose}`, single[MemberConsentGrantedV1.type], () => consents(client, run, true)),
    [MemberConsentRevokedV1.type]: (client: PoolClient, run: Run<typeof MemberConsentRevokedV1.type>) =>
      setBased(client, run, (e) => `${e.data.memberId}\u0000${e.data.purpose}`, single[MemberConsentRevokedV1.type], () => consents(client, run, false)),
  };
}

function consents(client: PoolClient, run: Run<typeof MemberConsentGrantedV1.type | typeof MemberConsentRevokedV1.type>, granted: boolean) {
  return client.query(
    `INSERT INTO member_consents (tenant_id, member_id, purpose, granted, decided_at, policy_version)
     SELECT tenant_id, member_id, purpose, $1, decided_at, policy_version
     FROM unnest($2::text[], $3::uuid[], $4::text[], $5::timestamptz[], $6::text[]) AS c(tenant_id, member_id, purpose, decided_at, policy_version)
     ON CONFLICT (tenant_id, member_id, purpose) DO UPDATE SET granted = EXCLUDED.granted, decided_at = EXCLUDED.decided_at, policy_version = EXCLUDED.policy_version`,
    [granted, run.map((e) => e.tenantId), run.map((e) => e.data.memberId), run.map((e) => e.data.purpose), run.map((e) => e.data.decidedAt), run.map((e) => e.data.policyVersion)],
  );
}
