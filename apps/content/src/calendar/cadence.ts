import type { ContentPlanTerms } from './content-plan.events';

export type CadenceFlag = 'TOO_FREQUENT' | 'TOO_SPARSE' | 'STALE';

export interface CadenceFacts {
  /** Items published or still scheduled in the week. */
  postsInWeek: number;
  lastPublishedAt: Date | null;
  /** When the plan was set: a community never posted to is stale counting from then. */
  planSetAt: Date;
}

export interface Cadence {
  postsInWeek: number;
  daysSinceLastPublication: number;
  flags: CadenceFlag[];
}

const DAY_MS = 86_400_000;

/** CNT-32: outside the weekly min–max; CNT-34: nothing published for staleAfterDays or more. */
export function cadenceOf(plan: Pick<ContentPlanTerms, 'postsPerWeek' | 'staleAfterDays'>, facts: CadenceFacts, now: Date): Cadence {
  const since = facts.lastPublishedAt ?? facts.planSetAt;
  const daysSinceLastPublication = Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
  const flags: CadenceFlag[] = [];
  if (facts.postsInWeek > plan.postsPerWeek.max) flags.push('TOO_FREQUENT');
  if (facts.postsInWeek < plan.postsPerWeek.min) flags.push('TOO_SPARSE');
  if (daysSinceLastPublication >= plan.staleAfterDays) flags.push('STALE');
  return { postsInWeek: facts.postsInWeek, daysSinceLastPublication, flags };
}

/** The Monday–Sunday week, in the time zone, holding `day` (YYYY-MM-DD). */
export function weekOf(day: string): { from: string; to: string } {
  const date = new Date(`${day}T00:00:00Z`);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS);
  return { from: monday.toISOString().slice(0, 10), to: new Date(monday.getTime() + 6 * DAY_MS).toISOString().slice(0, 10) };
}

/** The calendar date of an instant in a time zone. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
