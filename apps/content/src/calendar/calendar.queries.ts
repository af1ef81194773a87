import { Inject, Injectable } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { cadenceOf, localDay, weekOf, type Cadence } from './cadence';
import type { ContentPlanTerms } from './content-plan.events';
import type { DateRange } from './holidays/occasion';

export interface ContentPlanRecord extends ContentPlanTerms {
  communityId: string;
  setAt: Date;
  setBy: string;
}

export interface CalendarItemRecord {
  contentItemId: string;
  communityId: string;
  title: string;
  contentType: string;
  status: 'scheduled' | 'published';
  /** When it is scheduled for, or went out. */
  at: Date;
  /** That instant's date in the calendar's time zone. */
  day: string;
}

export interface TypeMixAdherence {
  type: string;
  /** The plan's share, 0 for a type outside the mix. */
  targetPercent: number;
  postsInWeek: number;
}

export interface CommunityCadence extends Cadence {
  communityId: string;
  week: DateRange;
  plan: ContentPlanRecord;
  typeMix: TypeMixAdherence[];
}

/** The week's posts per content type beside the plan's target shares (CNT-30). */
function typeMixOf(plan: ContentPlanRecord, items: readonly CalendarItemRecord[]): TypeMixAdherence[] {
  const counts = new Map(plan.typeMix.map(({ type }) => [type, 0]));
  for (const item of items) counts.set(item.contentType, (counts.get(item.contentType) ?? 0) + 1);
  return [...counts].map(([type, postsInWeek]) => ({ type, targetPercent: plan.typeMix.find((share) => share.type === type)?.percent ?? 0, postsInWeek }));
}

const planColumns = `community_id AS "communityId", json_build_object('min', posts_per_week_min, 'max', posts_per_week_max) AS "postsPerWeek", type_mix AS "typeMix",
  stale_after_days AS "staleAfterDays", time_zone AS "timeZone", regions, set_at AS "setAt", set_by AS "setBy"`;

@Injectable()
export class CalendarQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async plan(tenantId: string, communityId: string): Promise<ContentPlanRecord | null> {
    const { rows } = await this.pool.query<ContentPlanRecord>(`SELECT ${planColumns} FROM content_plans WHERE tenant_id = $1 AND community_id = $2::uuid`, [tenantId, communityId]);
    return rows[0] ?? null;
  }

  async plans(tenantId: string): Promise<ContentPlanRecord[]> {
    const { rows } = await this.pool.query<ContentPlanRecord>(`SELECT ${planColumns} FROM content_plans WHERE tenant_id = $1 ORDER BY community_id`, [tenantId]);
    return rows;
  }

  /** Scheduled and published items whose date, in the time zone, falls in the range. */
  async items(tenantId: string, range: DateRange, timeZone: string, communityId: string | null): Promise<CalendarItemRecord[]> {
    const { rows } = await this.pool.query<CalendarItemRecord>(
      `SELECT content_item_id AS "contentItemId", community_id AS "communityId", title, content_type AS "contentType", status,
              coalesce(published_at, publish_at) AS at, to_char(coalesce(published_at, publish_at) AT TIME ZONE $2, 'YYYY-MM-DD') AS day
         FROM content_calendar_items
        WHERE tenant_id = $1 AND status IN ('scheduled', 'published') AND ($5::uuid IS NULL OR community_id = $5::uuid)
          AND coalesce(published_at, publish_at) >= ($3::date - 1)::timestamp AT TIME ZONE 'UTC' AND coalesce(published_at, publish_at) < ($4::date + 2)::timestamp AT TIME ZONE 'UTC'
        ORDER BY at, content_item_id, community_id`,
      [tenantId, timeZone, range.from, range.to, communityId],
    );
    return rows.filter((row) => row.day >= range.from && row.day <= range.to);
  }

  /** The community's cadence in the week holding `now` (in the plan's time zone); null without a plan. */
  async cadence(tenantId: string, communityId: string, now: Date): Promise<CommunityCadence | null> {
    const plan = await this.plan(tenantId, communityId);
    if (!plan) return null;
    const week = weekOf(localDay(now, plan.timeZone));
    const [inWeek, { rows }] = await Promise.all([
      this.items(tenantId, week, plan.timeZone, communityId),
      this.pool.query<{ last: Date | null }>(
        `SELECT max(published_at) AS last FROM content_calendar_items WHERE tenant_id = $1 AND community_id = $2::uuid AND published_at <= $3`,
        [tenantId, communityId, now],
      ),
    ]);
    const cadence = cadenceOf(plan, { postsInWeek: inWeek.length, lastPublishedAt: rows[0]?.last ?? null, planSetAt: plan.setAt }, now);
    return { communityId, week, plan, ...cadence, typeMix: typeMixOf(plan, inWeek) };
  }

  /** Every planned community's cadence, by community id. */
  async cadences(tenantId: string, now: Date): Promise<CommunityCadence[]> {
    const plans = await this.plans(tenantId);
    const cadences = await Promise.all(plans.map((plan) => this.cadence(tenantId, plan.communityId, now)));
    return cadences.filter((cadence): cadence is CommunityCadence => cadence !== null);
  }
}
