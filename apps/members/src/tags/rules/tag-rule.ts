import type { MemberLifecycleStage } from '@groundswell/events';
import { MemberDomainError } from '../../shared/member-domain.error';

/**
 * The criteria of a rule-based tag, in the segment-criteria format the TagDefined contract names,
 * without a community: the tag holds while the member is at one of `stages` in any community.
 */
export interface TagRuleCriteria {
  stages: MemberLifecycleStage[];
}

export function requireTagRuleCriteria(criteria: { stages?: MemberLifecycleStage[] } | undefined): TagRuleCriteria | undefined {
  if (criteria === undefined) return undefined;
  if (!criteria.stages?.length) throw new MemberDomainError('INVALID_TAG', 'A tag rule names at least one lifecycle stage');
  return { stages: [...new Set(criteria.stages)] };
}
