// Contracts: ContentPlanSetV1 and ContentPlanRemovedV1 in libs/events/src/content/calendar-events.ts.
export const contentPlanEventTypes = {
  set: 'groundswell.content.ContentPlanSet.v1',
  removed: 'groundswell.content.ContentPlanRemoved.v1',
} as const;

export interface ContentPlanTerms {
  postsPerWeek: { min: number; max: number };
  typeMix: Array<{ type: string; percent: number }>;
  staleAfterDays: number;
  timeZone: string;
  regions: string[];
}

export type ContentPlanSet = { type: typeof contentPlanEventTypes.set; data: ContentPlanTerms & { communityId: string; setBy: string } };
export type ContentPlanRemoved = { type: typeof contentPlanEventTypes.removed; data: { communityId: string; removedBy: string } };
export type ContentPlanEvent = ContentPlanSet | ContentPlanRemoved;

/** One plan per community: the stream is named after it. */
export const contentPlanStreamType = 'content-plan';
export const contentPlanStream = (communityId: string) => ({ streamId: `${contentPlanStreamType}-${communityId}`, streamType: contentPlanStreamType });
