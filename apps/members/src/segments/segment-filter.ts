import { ageBandSchema, genderSchema, type AgeBand, type ConsentPurpose, type Gender, type MemberLifecycleStage } from '@groundswell/events';
import { RequestError } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { MemberDomainError } from '../shared/member-domain.error';

/** Who belongs to a segment: members of one community who meet every criterion given. */
export interface SegmentFilter {
  communityId: string;
  /** At one of these lifecycle stages in the community. */
  stages?: MemberLifecycleStage[];
  /** Carrying all of these tags. */
  tagKeys?: string[];
  /** A points balance of at least this. */
  minPoints?: number;
  /** Active in the community within this many days. */
  activeWithinDays?: number;
  /** Has granted this consent purpose. */
  consentPurpose?: ConsentPurpose;
  /** What the member's profile says; each list given must hold the member's value. */
  profile?: ProfileFilter;
}

/** Profile criteria: in one of the age bands, of one of the genders, in one of the regions, sharing any of the interests. */
export interface ProfileFilter {
  ageBands?: AgeBand[];
  genders?: Gender[];
  regions?: string[];
  interests?: string[];
}

const MAX_PROFILE_VALUES = 50;

const MAX_TAG_KEYS = 20;
const MAX_ACTIVE_WITHIN_DAYS = 3650;

function invalid(message: string, details: Record<string, unknown> = {}): never {
  throw new RequestError('BAD_USER_INPUT', message, details);
}

/** The filter with absent criteria dropped (the match SQL treats a missing key as "any"). */
function normalise(input: SegmentFilter): SegmentFilter {
  const filter: SegmentFilter = { communityId: input.communityId };
  if (input.stages?.length) filter.stages = [...new Set(input.stages)];
  if (input.tagKeys?.length) filter.tagKeys = [...new Set(input.tagKeys)];
  if (input.minPoints !== undefined && input.minPoints !== null) filter.minPoints = input.minPoints;
  if (input.activeWithinDays !== undefined && input.activeWithinDays !== null) filter.activeWithinDays = input.activeWithinDays;
  if (input.consentPurpose) filter.consentPurpose = input.consentPurpose;
  const profile = normaliseProfile(input.profile);
  if (profile) filter.profile = profile;
  return filter;
}

function normaliseProfile(input: ProfileFilter | null | undefined): ProfileFilter | undefined {
  if (!input) return undefined;
  const profile: ProfileFilter = {};
  for (const field of ['ageBands', 'genders', 'regions', 'interests'] as const) {
    const values = (input[field] as string[] | null | undefined)?.map((value) => value.trim());
    if (values?.length) (profile as Record<string, string[]>)[field] = [...new Set(values)];
  }
  return Object.keys(profile).length ? profile : undefined;
}

function requireProfileFilter(profile: ProfileFilter): void {
  const unknownBand = profile.ageBands?.find((band) => !ageBandSchema.safeParse(band).success);
  if (unknownBand) invalid('Unknown age band', { ageBand: unknownBand });
  const unknownGender = profile.genders?.find((gender) => !genderSchema.safeParse(gender).success);
  if (unknownGender) invalid('Unknown gender', { gender: unknownGender });
  for (const field of ['regions', 'interests'] as const) {
    const values = profile[field] ?? [];
    if (values.length > MAX_PROFILE_VALUES) invalid(`A profile filter names at most ${MAX_PROFILE_VALUES} ${field}`);
    if (values.some((value) => value.length < 1 || value.length > 50)) invalid(`Each of ${field} is 1–50 characters`);
  }
}

/** Checks the filter against the tenant's communities and tags; returns it normalised. */
export async function requireSegmentFilter(client: PoolClient, tenantId: string, input: SegmentFilter): Promise<SegmentFilter> {
  const filter = normalise(input);
  if (filter.minPoints !== undefined && (!Number.isInteger(filter.minPoints) || filter.minPoints < 0)) invalid('minPoints must be a non-negative integer');
  if (filter.activeWithinDays !== undefined && (!Number.isInteger(filter.activeWithinDays) || filter.activeWithinDays < 1 || filter.activeWithinDays > MAX_ACTIVE_WITHIN_DAYS)) {
    invalid(`activeWithinDays must be 1–${MAX_ACTIVE_WITHIN_DAYS}`);
  }
  if ((filter.tagKeys?.length ?? 0) > MAX_TAG_KEYS) invalid(`A segment names at most ${MAX_TAG_KEYS} tags`);
  if (filter.profile) requireProfileFilter(filter.profile);
  const community = await client.query('SELECT 1 FROM communities WHERE tenant_id = $1 AND community_id = $2', [tenantId, filter.communityId]);
  if (!community.rowCount) throw new MemberDomainError('COMMUNITY_NOT_FOUND', 'No such community', { communityId: filter.communityId });
  if (filter.tagKeys) {
    const { rows } = await client.query<{ key: string }>('SELECT key FROM tag_keys WHERE tenant_id = $1 AND key = ANY($2)', [tenantId, filter.tagKeys]);
    const unknown = filter.tagKeys.filter((key) => !rows.some((row) => row.key === key));
    if (unknown.length) throw new MemberDomainError('TAG_NOT_FOUND', 'No such tag', { tagKeys: unknown });
  }
  return filter;
}
