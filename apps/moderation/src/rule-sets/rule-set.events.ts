// A community's rules: a draft moderators revise, published as numbered versions members are held to.
// Kept in the moderation service's own event store; nothing outside reacts to them yet. Publishing one
// to Kafka means a contract in libs/events and a relay in moderation.app.ts.
export const ruleSetEventTypes = {
  created: 'groundswell.moderation.RuleSetCreated.v1',
  renamed: 'groundswell.moderation.RuleSetRenamed.v1',
  revised: 'groundswell.moderation.RuleSetRevised.v1',
  published: 'groundswell.moderation.RuleSetPublished.v1',
} as const;

export interface RuleSetCreated {
  type: typeof ruleSetEventTypes.created;
  data: { ruleSetId: string; title: string; createdBy: string };
}

export interface RuleSetRenamed {
  type: typeof ruleSetEventTypes.renamed;
  data: { ruleSetId: string; title: string; renamedBy: string };
}

/** The draft's rules changed; what members are held to changes only when they are published. */
export interface RuleSetRevised {
  type: typeof ruleSetEventTypes.revised;
  data: { ruleSetId: string; rules: string[]; revisedBy: string };
}

export interface RuleSetPublished {
  type: typeof ruleSetEventTypes.published;
  data: { ruleSetId: string; version: number; rules: string[]; publishedBy: string };
}

export type RuleSetEvent = RuleSetCreated | RuleSetRenamed | RuleSetRevised | RuleSetPublished;

export const ruleSetStreamType = 'rule-set';
export const ruleSetStream = (ruleSetId: string) => ({ streamId: `${ruleSetStreamType}-${ruleSetId}`, streamType: ruleSetStreamType });
