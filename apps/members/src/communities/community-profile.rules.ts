import type { CommunityProfileChanges, TargetAudience } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { requireText } from '../shared/text';
import type { CommunityState } from './community.state';

const invalid = (message: string, field: string) => new MemberDomainError('INVALID_COMMUNITY_PROFILE', message, { field });

const textLimits = { slogan: 200, theme: 100, positioning: 1000 } as const;

/** Trimmed, checked changes; `null` (clear) passes through. */
export function normaliseCommunityProfile(changes: CommunityProfileChanges): CommunityProfileChanges {
  const result: CommunityProfileChanges = { ...changes };
  if (changes.name !== undefined) result.name = requireText(changes.name, 100, 'INVALID_COMMUNITY_PROFILE', 'name');
  for (const field of ['slogan', 'theme', 'positioning'] as const) {
    const value = changes[field];
    if (typeof value === 'string') result[field] = requireText(value, textLimits[field], 'INVALID_COMMUNITY_PROFILE', field);
  }
  if (typeof changes.avatarUrl === 'string') result.avatarUrl = checkAvatarUrl(changes.avatarUrl);
  if (changes.targetAudience) result.targetAudience = checkAudience(changes.targetAudience);
  return result;
}

/** Only the fields whose value differs from the current one. */
export function changedProfileFields(state: CommunityState, changes: CommunityProfileChanges): CommunityProfileChanges {
  const current: Record<string, unknown> = { ...state.profile, name: state.name };
  return Object.fromEntries(
    Object.entries(changes).filter(
      ([field, value]) => value !== undefined && JSON.stringify(value ?? undefined) !== JSON.stringify(current[field]),
    ),
  );
}

function checkAvatarUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || url.protocol !== 'https:' || value.length > 2000) throw invalid('avatarUrl must be an https URL', 'avatarUrl');
  return url.toString();
}

function checkAudience(audience: TargetAudience): TargetAudience {
  const labels = (values: string[], field: string) => {
    if (values.length > 50) throw invalid(`targetAudience.${field} allows at most 50 entries`, `targetAudience.${field}`);
    return [...new Set(values.map((value) => requireText(value, 50, 'INVALID_COMMUNITY_PROFILE', `targetAudience.${field}`)))];
  };
  const description = audience.description?.trim();
  if (description !== undefined && [...description].length > 1000) {
    throw invalid('targetAudience.description allows at most 1000 characters', 'targetAudience.description');
  }
  return {
    ageBands: [...new Set(audience.ageBands)],
    genders: [...new Set(audience.genders)],
    regions: labels(audience.regions, 'regions'),
    occupations: labels(audience.occupations, 'occupations'),
    ...(description ? { description } : {}),
  };
}
