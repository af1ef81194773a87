import { Inject, Injectable } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { bestPostingSlots, type PostingSlot } from './best-posting-slots';
import { PostingSlotsError } from './posting-slots.error';

export interface PostingSlotsRequest {
  tenantId: string;
  communityId: string;
  timeZone: string;
  /** Days of activity read, ending at `until`. */
  days: number;
  until: Date;
  limit: number;
}

const DAY_MS = 86_400_000;

function localHourFormat(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
  } catch {
    throw new PostingSlotsError('TIME_ZONE_INVALID', 'Not an IANA time zone', { timeZone });
  }
}

/** Best posting slots from interaction_hourly, the member-facts projection's UTC hour buckets. */
@Injectable()
export class PostingSlotQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async bestPostingSlots(request: PostingSlotsRequest): Promise<PostingSlot[]> {
    const { tenantId, communityId, timeZone, days, until, limit } = request;
    if (!Number.isInteger(days) || days < 1 || days > 90) throw new PostingSlotsError('LOOKBACK_INVALID', 'Look back 1–90 days', { days });
    if (!Number.isInteger(limit) || limit < 1 || limit > 6) throw new PostingSlotsError('SLOT_LIMIT_INVALID', 'Ask for 1–6 slots', { limit });
    const format = localHourFormat(timeZone);
    const { rows } = await this.pool.query<{ at: Date; interactions: number }>(
      `SELECT (day + make_interval(hours => hour)) AT TIME ZONE 'UTC' AS at, sum(interactions)::int AS interactions
         FROM interaction_hourly
        WHERE tenant_id = $1 AND community_id = $2::uuid AND recorded_at <= $4
          AND (day + make_interval(hours => hour)) AT TIME ZONE 'UTC' >= $3 AND (day + make_interval(hours => hour)) AT TIME ZONE 'UTC' < $4
        GROUP BY day, hour`,
      [tenantId, communityId, new Date(until.getTime() - days * DAY_MS), until],
    );
    // Hour by hour, so a zone with daylight saving puts each hour where its members lived it.
    const byLocalHour = Array.from({ length: 24 }, () => 0);
    for (const { at, interactions } of rows) byLocalHour[Number(format.format(at)) % 24]! += interactions;
    return bestPostingSlots(byLocalHour, limit);
  }
}
