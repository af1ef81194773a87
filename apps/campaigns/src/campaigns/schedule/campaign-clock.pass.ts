import type { EventStore, ScheduledPass } from '@groundswell/event-store';
import { CampaignError } from '../campaign.error';
import { CAMPAIGN_CLOCK } from '../campaign.events';
import { runCampaignCommand } from '../use-cases/run-campaign-command';

const BATCH = 200;

/**
 * Starts scheduled campaigns whose start has come and ends running or paused ones whose end has
 * come. A campaign an operator moved meanwhile is skipped (the decider refuses the stale step).
 */
export function campaignClockPass(store: EventStore): ScheduledPass {
  return {
    name: 'campaigns.clock',
    async run(pool, at) {
      const { rows } = await pool.query<{ tenantId: string; campaignId: string; step: 'StartCampaign' | 'EndCampaign' }>(
        `(SELECT tenant_id AS "tenantId", campaign_id AS "campaignId", 'StartCampaign' AS step FROM campaigns WHERE status = 'scheduled' AND starts_at <= $1 ORDER BY starts_at LIMIT $2)
         UNION ALL
         (SELECT tenant_id, campaign_id, 'EndCampaign' FROM campaigns WHERE status IN ('running', 'paused') AND ends_at <= $1 ORDER BY ends_at LIMIT $2)`,
        [at, BATCH],
      );
      let changed = 0;
      for (const { tenantId, campaignId, step } of rows) {
        const command = step === 'StartCampaign' ? { type: step, campaignId, by: CAMPAIGN_CLOCK, now: at } : { type: step, campaignId, by: CAMPAIGN_CLOCK, now: at, reason: 'schedule' as const };
        try {
          await runCampaignCommand(store, tenantId, command);
          changed++;
        } catch (error) {
          if (!(error instanceof CampaignError) && (error as { code?: string }).code !== 'STREAM_VERSION_CONFLICT') throw error;
        }
      }
      return changed;
    },
  };
}
