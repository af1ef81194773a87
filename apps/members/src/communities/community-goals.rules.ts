import type { CommunityGoal } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';

const kpiKeyPattern = /^[a-z][a-z0-9_]*$/;
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const invalid = (message: string, goalId?: string) => new MemberDomainError('INVALID_GOALS', message, { goalId });

/** A goal list an operator can act on: unique ids, a KPI key, a non-negative target, a real period. */
export function checkCommunityGoals(goals: readonly CommunityGoal[]): CommunityGoal[] {
  if (goals.length > 20) throw invalid('A community has at most 20 goals');
  const ids = new Set<string>();
  for (const goal of goals) {
    if (ids.has(goal.goalId)) throw invalid('Goal ids must be unique', goal.goalId);
    ids.add(goal.goalId);
    if (!kpiKeyPattern.test(goal.kpi) || goal.kpi.length > 100) throw invalid(`"${goal.kpi}" is not a KPI key`, goal.goalId);
    if (!Number.isFinite(goal.target) || goal.target < 0) throw invalid('A KPI target must be a number ≥ 0', goal.goalId);
    if (!isDate(goal.periodStart) || !isDate(goal.periodEnd) || goal.periodStart > goal.periodEnd) {
      throw invalid('A goal period needs a start on or before its end (YYYY-MM-DD)', goal.goalId);
    }
  }
  return [...goals];
}

function isDate(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  // Rejects impossible days like 2025-02-30, which Date would roll over into March.
  return isoDatePattern.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}
