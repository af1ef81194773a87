import { activityKpis } from './definitions/activity-kpis';
import { communityHealthV1 } from './definitions/health-kpis';
import { membershipKpis } from './definitions/membership-kpis';
import type { KpiFactSource } from './kpi-facts';
import type { KpiDefinition } from './kpi-definition';

/** The KPIs whose version 2 counts merged members once; version 1 counted a merged duplicate as a member of its own. */
const mergeAwareIds = new Set(['activity.dau', 'activity.wau', 'activity.mau', 'activity.stickiness', 'activity.rate', 'members.total', 'members.growth_rate']);

/**
 * Earlier versions stay answerable (`kpi(version:)`), so a figure once reported can be reproduced
 * exactly. KPIs are computed from the projections when asked, so a new version needs no backfill and
 * leaves the old one untouched.
 */
export const supersededKpis: readonly KpiDefinition[] = [
  ...[...membershipKpis, ...activityKpis].filter((definition) => mergeAwareIds.has(definition.id) && definition.version === 2).map(beforeMergeAwareness),
  communityHealthV1,
];

function beforeMergeAwareness(current: KpiDefinition): KpiDefinition {
  return {
    ...current,
    version: 1,
    formula: `${current.formula}, where a member merged into another still counts as a member of its own`,
    definition: `Version 1, superseded by version 2, which counts merged members once. ${current.definition}`,
    evaluate: (input) => current.evaluate({ ...input, facts: ignoringMerges(input.facts) }),
  };
}

/** The same facts with no merges, which is how version 1 saw them. */
function ignoringMerges(facts: KpiFactSource): KpiFactSource {
  const view: KpiFactSource = Object.create(facts);
  view.memberMerges = async () => [];
  return view;
}
