import { deciderSpec } from '@groundswell/event-store/testing';
import { CalendarError } from './calendar.error';
import { contentPlanDecider, type RemoveContentPlan, type SetContentPlan } from './content-plan.decider';
import { contentPlanEventTypes, type ContentPlanEvent, type ContentPlanTerms } from './content-plan.events';

const communityId = '0190d2a4-0000-7000-8000-000000000001';
const terms = (overrides: Partial<ContentPlanTerms> = {}): ContentPlanTerms => ({
  postsPerWeek: { min: 3, max: 7 },
  typeMix: [
    { type: 'tips_tutorial', percent: 50 },
    { type: 'interactive_topic', percent: 30 },
    { type: 'industry_news', percent: 20 },
  ],
  staleAfterDays: 5,
  timeZone: 'Asia/Shanghai',
  regions: ['GX'],
  ...overrides,
});
const setPlan = (overrides: Partial<ContentPlanTerms> = {}): SetContentPlan => ({ type: 'SetContentPlan', communityId, by: 'u-manager', ...terms(overrides) });
const removePlan = (): RemoveContentPlan => ({ type: 'RemoveContentPlan', communityId, by: 'u-manager' });
const planSet = (overrides: Partial<ContentPlanTerms> = {}): ContentPlanEvent => ({ type: contentPlanEventTypes.set, data: { communityId, ...terms(overrides), setBy: 'u-manager' } });
const planRemoved = (): ContentPlanEvent => ({ type: contentPlanEventTypes.removed, data: { communityId, removedBy: 'u-manager' } });

describe('contentPlanDecider', () => {
  const spec = deciderSpec(contentPlanDecider);

  describe('SetContentPlan', () => {
    it('should set a community\'s first plan', () => {
      spec.given([]).when(setPlan()).then([planSet()]);
    });

    it('should replace a plan with new targets', () => {
      spec.given([planSet()]).when(setPlan({ postsPerWeek: { min: 1, max: 3 } })).then([planSet({ postsPerWeek: { min: 1, max: 3 } })]);
    });

    it('should change nothing when the plan is the one in force', () => {
      spec.given([planSet()]).when(setPlan()).then([]);
    });

    it('should set a plan again after it was removed', () => {
      spec.given([planSet(), planRemoved()]).when(setPlan()).then([planSet()]);
    });

    it('should accept a plan without a type mix', () => {
      spec.given([]).when(setPlan({ typeMix: [] })).then([planSet({ typeMix: [] })]);
    });

    it('should refuse frequency targets out of order or out of bounds', () => {
      for (const postsPerWeek of [{ min: 5, max: 2 }, { min: -1, max: 2 }, { min: 0, max: 0 }, { min: 1, max: 201 }, { min: 1.5, max: 3 }]) {
        spec.given([]).when(setPlan({ postsPerWeek })).thenThrows(CalendarError, 'PLAN_INVALID');
      }
    });

    it('should refuse a type mix that does not add up to 100 %, repeats a type or names an unknown one', () => {
      spec.given([]).when(setPlan({ typeMix: [{ type: 'tips_tutorial', percent: 60 }] })).thenThrows(CalendarError, 'PLAN_INVALID');
      spec.given([]).when(setPlan({ typeMix: [{ type: 'tips_tutorial', percent: 50 }, { type: 'tips_tutorial', percent: 50 }] })).thenThrows(CalendarError, 'PLAN_INVALID');
      spec.given([]).when(setPlan({ typeMix: [{ type: 'memes', percent: 100 }] })).thenThrows(CalendarError, 'PLAN_INVALID');
      spec.given([]).when(setPlan({ typeMix: [{ type: 'tips_tutorial', percent: 0 }, { type: 'case_story', percent: 100 }] })).thenThrows(CalendarError, 'PLAN_INVALID');
    });

    it('should refuse a staleness limit outside 1–90 days', () => {
      spec.given([]).when(setPlan({ staleAfterDays: 0 })).thenThrows(CalendarError, 'PLAN_INVALID');
      spec.given([]).when(setPlan({ staleAfterDays: 91 })).thenThrows(CalendarError, 'PLAN_INVALID');
    });

    it('should refuse an unknown time zone', () => {
      spec.given([]).when(setPlan({ timeZone: 'Asia/Beijing' })).thenThrows(CalendarError, 'TIME_ZONE_INVALID');
    });

    it('should refuse a community id that is not a UUID', () => {
      spec.given([]).when({ ...setPlan(), communityId: 'wechat-group-1' }).thenThrows(CalendarError, 'COMMUNITY_ID_INVALID');
    });

    it('should refuse a malformed region', () => {
      spec.given([]).when(setPlan({ regions: ['guangxi'] })).thenThrows(CalendarError, 'PLAN_INVALID');
    });
  });

  describe('RemoveContentPlan', () => {
    it('should remove a community\'s plan', () => {
      spec.given([planSet()]).when(removePlan()).then([planRemoved()]);
    });

    it('should answer PLAN_NOT_FOUND for a community without a plan, or whose plan was removed', () => {
      spec.given([]).when(removePlan()).thenThrows(CalendarError, 'PLAN_NOT_FOUND');
      spec.given([planSet(), planRemoved()]).when(removePlan()).thenThrows(CalendarError, 'PLAN_NOT_FOUND');
    });

    it('should refuse a community id that is not a UUID', () => {
      spec.given([]).when({ ...removePlan(), communityId: 'wechat-group-1' }).thenThrows(CalendarError, 'COMMUNITY_ID_INVALID');
    });
  });
});
