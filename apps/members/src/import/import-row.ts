import { consentPurposeSchema, consentSourceSchema, identityKindSchema, type ConsentPurpose, type ConsentSource } from '@groundswell/events';
import { normaliseIdentity, type IdentityInput, type NormalisedIdentity } from '../membership/identity/normalise';
import { requireJoinedAt } from '../membership/join-rules';
import { profilePlaintexts, type ProfileInput } from '../membership/profile-values';
import { MemberDomainError } from '../shared/member-domain.error';
import { requireText } from '../shared/text';

/** Rows in one import: enough for an operator's export, small enough for one transaction and one answer. */
export const MAX_IMPORT_ROWS = 10_000;
const MAX_IDENTITIES_PER_ROW = 10;

export interface ImportConsentInput {
  purpose: string;
  granted: boolean;
  /** Where the old system captured it; `import` when unknown. */
  source?: string;
  policyVersion: string;
  decidedAt: Date;
}

/** One person joining one community, as the operator's previous system exported it. */
export interface ImportRowInput {
  communityId: string;
  identities: IdentityInput[];
  channel: string;
  joinedAt?: Date;
  campaignId?: string;
  /** Who referred them: an identity of a known member or of someone else in the same import. */
  referrer?: IdentityInput;
  profile?: ProfileInput;
  consents?: ImportConsentInput[];
}

export interface PreparedConsent {
  purpose: ConsentPurpose;
  granted: boolean;
  source: ConsentSource;
  policyVersion: string;
  at: Date;
}

/** A row checked and normalised, still in the clear: row numbers count from 1, as an operator reads a file. */
export interface PreparedRow {
  row: number;
  communityId: string;
  identities: NormalisedIdentity[];
  channel: string;
  joinedAt?: Date;
  campaignId?: string;
  referrer?: NormalisedIdentity;
  profile: Record<string, string | null>;
  consents: PreparedConsent[];
}

/** The row, checked the way a single join checks its input; the first problem is thrown. */
export function prepareRow(input: ImportRowInput, row: number, now: Date): PreparedRow {
  if (!Array.isArray(input.identities) || input.identities.length === 0 || input.identities.length > MAX_IDENTITIES_PER_ROW) {
    throw new MemberDomainError('INVALID_IDENTITY', `A row names 1 to ${MAX_IDENTITIES_PER_ROW} identities`, { field: 'identities' });
  }
  if (typeof input.communityId !== 'string' || !/^[0-9a-f-]{36}$/i.test(input.communityId)) {
    throw new MemberDomainError('INVALID_IMPORT_ROW', 'communityId must be a community id', { field: 'communityId' });
  }
  const profile = Object.fromEntries(Object.entries(profilePlaintexts(input.profile ?? {})).filter(([, value]) => value !== null)) as Record<string, string>;
  return {
    row,
    communityId: input.communityId.toLowerCase(),
    identities: input.identities.map(identityOf),
    channel: requireText(input.channel, 100, 'INVALID_ACQUISITION', 'channel'),
    joinedAt: requireJoinedAt(input.joinedAt, now),
    campaignId: campaignIdOf(input.campaignId),
    referrer: input.referrer && identityOf(input.referrer),
    profile,
    consents: (input.consents ?? []).map(prepareConsent),
  };
}

/** A file can name any kind: only known kinds reach the normaliser. */
function identityOf(input: IdentityInput): NormalisedIdentity {
  if (!identityKindSchema.safeParse(input?.kind).success || typeof input.value !== 'string' || (input.scope !== undefined && typeof input.scope !== 'string')) {
    throw new MemberDomainError('INVALID_IDENTITY', 'An identity names a known kind and a value', { field: 'identities' });
  }
  return normaliseIdentity(input);
}

// The event contract holds campaign ids as UUIDs.
function campaignIdOf(campaignId: unknown): string | undefined {
  if (campaignId === undefined || campaignId === null || campaignId === '') return undefined;
  if (typeof campaignId !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(campaignId)) {
    throw new MemberDomainError('INVALID_ACQUISITION', 'campaignId must be a campaign id', { field: 'campaignId' });
  }
  return campaignId.toLowerCase();
}

function prepareConsent(input: ImportConsentInput): PreparedConsent {
  const purpose = consentPurposeSchema.safeParse(input.purpose);
  const source = consentSourceSchema.safeParse(input.source ?? 'import');
  if (!purpose.success || !source.success || typeof input.granted !== 'boolean') {
    throw new MemberDomainError('INVALID_IMPORT_ROW', 'A consent names a known purpose and source and whether it was granted', { field: 'consents' });
  }
  const policyVersion = requireText(input.policyVersion, 50, 'INVALID_POLICY_VERSION', 'consents.policyVersion');
  if (!(input.decidedAt instanceof Date) || Number.isNaN(input.decidedAt.getTime())) {
    throw new MemberDomainError('INVALID_TIMESTAMP', 'consents.decidedAt is not a valid point in time', { field: 'consents.decidedAt' });
  }
  return { purpose: purpose.data, granted: input.granted, source: source.data, policyVersion, at: input.decidedAt };
}
