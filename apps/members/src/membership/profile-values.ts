import { ageBandSchema, genderSchema, type MemberProfileField } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { requireText } from '../shared/text';

/** Profile input in the clear, as an operator or the member types it, before encryption. */
export interface ProfileInput {
  displayName?: string | null;
  ageBand?: string | null;
  gender?: string | null;
  region?: string | null;
  occupation?: string | null;
  interests?: string[] | null;
  /** Hours of the day (0–23, tenant clock) the member is usually active. */
  activeHours?: number[] | null;
}

const invalid = (message: string, field: MemberProfileField) => new MemberDomainError('INVALID_PROFILE', message, { field });

/**
 * Checks profile values and turns each into the one string that gets encrypted (`null` clears).
 * Runs in the use case before encryption: once encrypted, the decider can no longer look inside.
 */
export function profilePlaintexts(input: ProfileInput): Partial<Record<MemberProfileField, string | null>> {
  const result: Partial<Record<MemberProfileField, string | null>> = {};
  const text = (field: MemberProfileField, value: string | null | undefined, max: number) => {
    if (value !== undefined) result[field] = value === null ? null : requireText(value, max, 'INVALID_PROFILE', field);
  };
  text('displayName', input.displayName, 50);
  text('region', input.region, 50);
  text('occupation', input.occupation, 50);
  if (input.ageBand !== undefined) {
    if (input.ageBand !== null && !ageBandSchema.safeParse(input.ageBand).success) throw invalid('Unknown age band', 'ageBand');
    result.ageBand = input.ageBand;
  }
  if (input.gender !== undefined) {
    if (input.gender !== null && !genderSchema.safeParse(input.gender).success) throw invalid('Unknown gender', 'gender');
    result.gender = input.gender;
  }
  if (input.interests !== undefined) {
    if (input.interests !== null && input.interests.length > 20) throw invalid('At most 20 interests', 'interests');
    const interests = input.interests?.map((interest) => requireText(interest, 30, 'INVALID_PROFILE', 'interests'));
    result.interests = interests ? JSON.stringify([...new Set(interests)]) : null;
  }
  if (input.activeHours !== undefined) {
    const hours = input.activeHours;
    if (hours && !hours.every((hour) => Number.isInteger(hour) && hour >= 0 && hour <= 23)) {
      throw invalid('Active hours are whole hours 0–23', 'activeHours');
    }
    result.activeHours = hours ? JSON.stringify([...new Set(hours)].sort((a, b) => a - b)) : null;
  }
  return result;
}
