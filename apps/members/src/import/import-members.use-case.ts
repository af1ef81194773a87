import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { withIdempotency, type StreamAppend } from '@groundswell/event-store';
import type { MemberProfileChanges, MemberProfileField } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { decideJoinTarget } from '../membership/join-rules';
import { actorOf } from '../shared/actor-of';
import { MemberDomainError } from '../shared/member-domain.error';
import { MembersContext } from '../shared/members-context';
import { identityLookupHash } from '../shared/privacy/identity-lookup';
import type { MemberDataKey } from '../shared/privacy/personal-data-vault';
import { memberStreams } from '../shared/stream-ids';
import { tenantStream } from '../shared/tenant-stream';
import { groupPeople, type HashedRow, type PersonRows, type RowError } from './group-people';
import { loadCommunities, loadMembers } from './import-context';
import { MAX_IMPORT_ROWS, prepareRow, type ImportRowInput } from './import-row';
import { importOutcomes, memberImportDecider, type ImportedJoin, type ImportMember, type ImportOutcome } from './member-import.decider';

export interface ImportedRow {
  row: number;
  memberId: string;
  newMember: boolean;
  outcome: ImportOutcome;
}

export interface ImportMembersResult {
  rows: number;
  newMembers: number;
  existingMembers: number;
  joined: number;
  alreadyMembers: number;
  duplicates: number;
  identitiesLinked: number;
  members: ImportedRow[];
}

const MAX_BATCH_KEY_LENGTH = 180;

/** How many refused rows an answer lists: enough to fix a file, small enough to read. */
const MAX_LISTED_ROW_ERRORS = 1_000;

/**
 * Bulk member import (an operator moving from another SCRM): thousands of rows in one transaction,
 * identities resolved against existing members and against each other, decided per person by the
 * member decider, appended and projected set-based. All or nothing, idempotent by the batch key,
 * answered only after the commit. Any bad row refuses the batch with every bad row's number.
 */
@Injectable()
export class ImportMembersUseCase {
  constructor(private readonly context: MembersContext) {}

  /**
   * Idempotent by the batch key, whatever the request's `idempotencyKey` (which, when given, also
   * returns the first result): the operator's name for the batch is what makes a resend harmless.
   */
  execute(identity: Identity, batchKey: string, rows: readonly ImportRowInput[], idempotencyKey?: string): Promise<ImportMembersResult> {
    if (typeof batchKey !== 'string' || batchKey.trim() === '' || batchKey.length > MAX_BATCH_KEY_LENGTH) {
      throw new MemberDomainError('INVALID_IMPORT_ROW', `An import needs a batch key of 1 to ${MAX_BATCH_KEY_LENGTH} characters`, { field: 'batchKey' });
    }
    if (rows.length === 0 || rows.length > MAX_IMPORT_ROWS) {
      throw new MemberDomainError('IMPORT_TOO_LARGE', `An import holds 1 to ${MAX_IMPORT_ROWS} rows`, { rows: rows.length });
    }
    const tenantId = identity.tenant;
    return this.context.store.transaction(
      async (client) =>
        (
          await withIdempotency(client, { tenantId, key: idempotencyKey, command: 'ImportMembers' }, async () =>
            (await withIdempotency(client, { tenantId, key: `import-batch:${batchKey}`, command: 'ImportMembersBatch' }, () => this.import(client, identity, rows))).result,
          )
        ).result,
      { retryOnConflict: true },
    );
  }

  private async import(client: PoolClient, identity: Identity, inputs: readonly ImportRowInput[]): Promise<ImportMembersResult> {
    const tenantId = identity.tenant;
    const errors: RowError[] = [];
    const rows = this.prepare(tenantId, inputs, errors);
    const communities = await loadCommunities(client, tenantId, [...new Set(rows.map((row) => row.communityId))]);
    const resolvable = rows.filter((row) => {
      const community = communities.get(row.communityId)!;
      if (community.exists && community.platform) return true;
      errors.push({ row: row.row, code: 'COMMUNITY_NOT_FOUND', message: 'No such community', field: 'communityId' });
      return false;
    });
    const known = await this.knownIdentities(client, tenantId, resolvable);
    const grouped = groupPeople(resolvable, known);
    errors.push(...grouped.errors);
    const people = grouped.people.map((person) => ({ ...person, memberId: person.knownMemberId ?? randomUUID() }));
    const memberOfHash = new Map([...known, ...people.flatMap((person) => person.rows.flatMap((row) => row.hashes.map((hash) => [hash, person.memberId] as const)))]);
    for (const row of resolvable) {
      if (row.referrerHash && !memberOfHash.has(row.referrerHash)) {
        errors.push({ row: row.row, code: 'REFERRER_NOT_FOUND', message: 'The referrer is neither a member nor in this import', field: 'referrer' });
      }
    }
    refuseIfAny(errors);

    const members = await loadMembers(client, tenantId, people.flatMap((person) => person.knownMemberId ?? []));
    // Keys only where something gets encrypted: new people, and known ones bringing a new identity.
    const sealing = people.filter((person) => !person.knownMemberId || person.rows.some((row) => row.hashes.some((hash) => !known.has(hash))));
    const keys = await this.context.vault.keysFor(client, tenantId, sealing.map((person) => person.memberId));
    const index: Array<{ hash: string; identityId: string; memberId: string }> = [];
    const appends: StreamAppend[] = [];
    const imported: ImportedRow[] = [];
    const by = actorOf(identity);
    for (const person of people) {
      const command = this.command(tenantId, person, keys.get(person.memberId), communities, memberOfHash, known, index, by);
      const before = members.get(person.memberId) ?? { state: memberImportDecider.initialState(), version: 0 };
      try {
        const events = memberImportDecider.decide(command, before.state);
        appends.push({ stream: tenantStream(tenantId, memberStreams.member(person.memberId)), expectedVersion: before.version, events });
      } catch (error) {
        if (!(error instanceof MemberDomainError)) throw error;
        errors.push({ row: Number(error.details?.row), code: error.code, message: error.message, field: error.details?.field as string | undefined });
        continue;
      }
      const newMember = !person.knownMemberId;
      for (const { row, outcome } of importOutcomes(command, before.state)) imported.push({ row, memberId: person.memberId, newMember, outcome });
    }
    refuseIfAny(errors);

    await this.indexIdentities(client, tenantId, index);
    await this.context.store.appendMany(client, appends, { correlationId: randomUUID() });
    return summarise(rows.length, people, index.length, imported);
  }

  private prepare(tenantId: string, inputs: readonly ImportRowInput[], errors: RowError[]): HashedRow[] {
    const now = new Date();
    const indexKey = this.context.config.identityIndexKey;
    const hex = (identity: Parameters<typeof identityLookupHash>[2]) => identityLookupHash(indexKey, tenantId, identity).toString('hex');
    return inputs.flatMap((input, index) => {
      try {
        const row = prepareRow(input, index + 1, now);
        return [{ ...row, hashes: row.identities.map(hex), referrerHash: row.referrer && hex(row.referrer) }];
      } catch (error) {
        if (!(error instanceof MemberDomainError)) throw error;
        errors.push({ row: index + 1, code: error.code, message: error.message, field: error.details?.field as string | undefined });
        return [];
      }
    });
  }

  private async knownIdentities(client: PoolClient, tenantId: string, rows: readonly HashedRow[]): Promise<Map<string, string>> {
    const hashes = [...new Set(rows.flatMap((row) => [...row.hashes, ...(row.referrerHash ? [row.referrerHash] : [])]))];
    const { rows: found } = await client.query<{ lookup_hash: Buffer; member_id: string }>(
      'SELECT lookup_hash, member_id FROM member_identity_index WHERE tenant_id = $1 AND lookup_hash = ANY($2::bytea[])',
      [tenantId, hashes.map((hash) => Buffer.from(hash, 'hex'))],
    );
    return new Map(found.map((row) => [row.lookup_hash.toString('hex'), row.member_id]));
  }

  /** The person's rows in the order they happened, each with the identities it names first, encrypted under the member's key. */
  private command(
    tenantId: string,
    person: PersonRows & { memberId: string },
    key: MemberDataKey | undefined,
    communities: Awaited<ReturnType<typeof loadCommunities>>,
    memberOfHash: ReadonlyMap<string, string>,
    known: ReadonlyMap<string, string>,
    index: Array<{ hash: string; identityId: string; memberId: string }>,
    by: ImportMember['by'],
  ): ImportMember {
    const { memberId } = person;
    const encrypt = (plaintext: string) => {
      if (!key) throw new Error(`No data key fetched for member ${memberId}`);
      return this.context.vault.encryptWith(key, tenantId, memberId, plaintext);
    };
    const seen = new Set<string>();
    const rows = [...person.rows].sort((a, b) => (a.joinedAt?.getTime() ?? Infinity) - (b.joinedAt?.getTime() ?? Infinity) || a.row - b.row);
    const joins = rows.map((row): ImportedJoin => {
      const identities = row.identities.flatMap((identity, position) => {
        const hash = row.hashes[position];
        if (known.has(hash) || seen.has(hash)) return [];
        seen.add(hash);
        const identityId = randomUUID();
        index.push({ hash, identityId, memberId });
        return [{ identityId, kind: identity.kind, scope: identity.scope, value: encrypt(identity.value) }];
      });
      const referrerMemberId = row.referrerHash ? memberOfHash.get(row.referrerHash) : undefined;
      const target = decideJoinTarget(communities.get(row.communityId)!, { communityId: row.communityId, channel: row.channel, campaignId: row.campaignId, referrerMemberId });
      return { row: row.row, target, joinedAt: row.joinedAt, identities };
    });
    // Like a single join, an import sets the profile of the person it registers only: a known member keeps theirs.
    const plainProfile = (person.knownMemberId ? {} : Object.assign({}, ...rows.map((row) => row.profile).reverse())) as Partial<Record<MemberProfileField, string>>;
    const profile: MemberProfileChanges = Object.fromEntries(Object.entries(plainProfile).map(([field, value]) => [field, encrypt(value!)]));
    const consents = rows.flatMap((row) => row.consents.map((consent) => ({ ...consent, row: row.row })));
    return { type: 'ImportMember', memberId, keyId: key?.keyId ?? '', joins, profile: Object.keys(profile).length ? profile : undefined, consents, by };
  }

  private async indexIdentities(client: PoolClient, tenantId: string, index: ReadonlyArray<{ hash: string; identityId: string; memberId: string }>) {
    if (index.length === 0) return;
    // A concurrent join or import that indexed one of these first makes this fail: the retry resolves it.
    await client.query(
      `INSERT INTO member_identity_index (tenant_id, lookup_hash, identity_id, member_id)
       SELECT $1, * FROM unnest($2::bytea[], $3::uuid[], $4::uuid[])`,
      [tenantId, index.map((entry) => Buffer.from(entry.hash, 'hex')), index.map((entry) => entry.identityId), index.map((entry) => entry.memberId)],
    );
  }
}

function refuseIfAny(errors: RowError[]): void {
  if (errors.length === 0) return;
  const rows = [...errors].sort((a, b) => a.row - b.row);
  throw new MemberDomainError('IMPORT_ROWS_INVALID', `${rows.length} rows were refused; nothing was imported`, {
    invalidRows: rows.length,
    rows: rows.slice(0, MAX_LISTED_ROW_ERRORS),
  });
}

function summarise(rows: number, people: ReadonlyArray<PersonRows>, identitiesLinked: number, imported: ImportedRow[]): ImportMembersResult {
  const count = (outcome: ImportOutcome) => imported.filter((each) => each.outcome === outcome).length;
  const newMembers = people.filter((person) => !person.knownMemberId).length;
  return {
    rows,
    newMembers,
    existingMembers: people.length - newMembers,
    joined: count('JOINED'),
    alreadyMembers: count('ALREADY_MEMBER'),
    duplicates: count('DUPLICATE'),
    identitiesLinked,
    members: imported.sort((a, b) => a.row - b.row),
  };
}
