import type { Decider } from '@groundswell/event-store';
import { contentTypeSchema } from '@groundswell/events';
import { CalendarError, validCommunityId } from './calendar.error';
import { contentPlanEventTypes, type ContentPlanEvent, type ContentPlanTerms } from './content-plan.events';

export interface SetContentPlan extends ContentPlanTerms {
  type: 'SetContentPlan';
  communityId: string;
  by: string;
}

export interface RemoveContentPlan {
  type: 'RemoveContentPlan';
  communityId: string;
  by: string;
}

export type ContentPlanCommand = SetContentPlan | RemoveContentPlan;
export type ContentPlanState = { status: 'none' } | { status: 'planned'; terms: ContentPlanTerms };

const invalid = (message: string, details: Record<string, unknown> = {}) => new CalendarError('PLAN_INVALID', message, details);

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone.length <= 64;
  } catch {
    return false;
  }
}

function validTerms({ postsPerWeek, typeMix, staleAfterDays, timeZone, regions }: SetContentPlan): ContentPlanTerms {
  const { min, max } = postsPerWeek;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < 1 || min > max || max > 200) throw invalid('Posts per week: 0 ≤ min ≤ max ≤ 200, max at least 1', { min, max });
  const types = typeMix.map((share) => share.type);
  if (types.some((type) => !contentTypeSchema.safeParse(type).success)) throw invalid('Unknown content type in the mix', { types });
  if (new Set(types).size !== types.length) throw invalid('Each content type appears once in the mix', { types });
  if (typeMix.some(({ percent }) => !Number.isInteger(percent) || percent < 1 || percent > 100)) throw invalid('Mix shares are whole percents, 1–100');
  const total = typeMix.reduce((sum, { percent }) => sum + percent, 0);
  if (typeMix.length > 0 && total !== 100) throw invalid('The type mix adds up to 100 %', { total });
  if (!Number.isInteger(staleAfterDays) || staleAfterDays < 1 || staleAfterDays > 90) throw invalid('Stale after 1–90 days', { staleAfterDays });
  if (!isTimeZone(timeZone)) throw new CalendarError('TIME_ZONE_INVALID', 'Not an IANA time zone', { timeZone });
  if (regions.some((region) => !/^[A-Z]{2}$/.test(region)) || regions.length > 10) throw invalid('Regions are up to 10 two-letter codes (GX, YN…)', { regions });
  return { postsPerWeek: { min, max }, typeMix: typeMix.map(({ type, percent }) => ({ type, percent })), staleAfterDays, timeZone, regions: [...new Set(regions)] };
}

const sameTerms = (left: ContentPlanTerms, right: ContentPlanTerms) => JSON.stringify(left) === JSON.stringify(right);

function set(command: SetContentPlan, state: ContentPlanState): ContentPlanEvent[] {
  validCommunityId(command.communityId);
  const terms = validTerms(command);
  // Setting the plan it has is what a retrying client does: nothing changes.
  if (state.status === 'planned' && sameTerms(state.terms, terms)) return [];
  return [{ type: contentPlanEventTypes.set, data: { communityId: command.communityId, ...terms, setBy: command.by } }];
}

function remove(command: RemoveContentPlan, state: ContentPlanState): ContentPlanEvent[] {
  validCommunityId(command.communityId);
  if (state.status === 'none') throw new CalendarError('PLAN_NOT_FOUND', 'This community has no content plan', { communityId: command.communityId });
  return [{ type: contentPlanEventTypes.removed, data: { communityId: command.communityId, removedBy: command.by } }];
}

export const contentPlanDecider: Decider<ContentPlanCommand, ContentPlanEvent, ContentPlanState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'SetContentPlan' ? set(command, state) : remove(command, state)),
  evolve: (_state, event) => {
    if (event.type === contentPlanEventTypes.removed) return { status: 'none' };
    const { communityId: _community, setBy: _by, ...terms } = event.data;
    return { status: 'planned', terms };
  },
};
