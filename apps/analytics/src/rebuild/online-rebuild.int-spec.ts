import type { EventEnvelope } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import { KpiQueryService } from '../kpis/kpi-query.service';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aMemberActivity, aMemberJoined, aMemberLeft } from '../testing/analytics-event.factories';
import { rebuildableProjections } from './rebuildable-projections';
import { rebuildProjection, type RebuildReport } from './rebuild-projection';
import { generateEventLog, type GeneratedLog } from './testing/generate-event-log';
import { differingRows, projectFromScratch } from './testing/projection-tables';

const millionEvents = 1_000_000;
// The KPI projections every KPI reads (the member-fact ones have their own rebuild tests): three full replays of each fit the time budget.
const projections = rebuildableProjections.filter((projection) => ['communities', 'membership', 'active-members'].includes(projection.name));
// Generating a million events and replaying them three times takes minutes on a two-core machine.
const slowTestTimeout = 300_000;

/** Events about the generated tenants' members, on the generated days, some recorded a week late. */
function moreEvents(log: GeneratedLog, round: number): EventEnvelope[] {
  return Array.from({ length: 10 }, (_, index) => {
    const tenant = (round + index) % log.tenantIds.length;
    const community = (round * 3 + index) % log.communityIds[tenant]!.length;
    const day = (round * 7 + index) % log.days;
    const at = new Date(Date.parse(`${log.firstDay}T12:00:00Z`) + day * 86_400_000 + index * 1_000);
    const facts = {
      tenantId: log.tenantIds[tenant]!,
      communityId: log.communityIds[tenant]![community]!,
      memberId: log.memberIdOf(tenant, community, (round * 11 + index) % log.membersPerCommunity),
      at: at.toISOString(),
      recordedAt: new Date(at.getTime() + (index % 4 === 0 ? 7 * 86_400_000 : 0)).toISOString(),
    };
    if (index % 5 === 0) return aMemberJoined(facts);
    if (index % 5 === 1) return aMemberLeft(facts);
    return aMemberActivity(facts);
  });
}

describe('online projection rebuild over a million events', () => {
  const database = freshDatabase('file', () => createAnalyticsDatabase('online_rebuild'));
  let log: GeneratedLog;

  beforeAll(async () => {
    log = await generateEventLog(database.pool, { events: millionEvents });
    // The live projections, built by a first rebuild (the generated log bypassed the ingest path).
    for (const projection of projections) await rebuildProjection(database.pool, projection);
  }, slowTestTimeout);

  it(
    'should rebuild the KPI projections while events keep arriving and queries keep answering, ending equal to a from-scratch projection',
    async () => {
      const kpis = new KpiQueryService(database.pool);
      let rebuilding = true;
      let ingestedDuringRebuild = 0;
      let answers = 0;
      const errors: string[] = [];
      const ingesting = (async () => {
        for (let round = 0; rebuilding; round++) {
          await ingestAll(database.pool, moreEvents(log, round));
          if (rebuilding) ingestedDuringRebuild += 10;
        }
      })();
      const querying = (async () => {
        const ids = ['members.total', 'members.new', 'activity.dau', 'activity.mau', 'activity.stickiness'];
        for (let index = 0; rebuilding; index++) {
          try {
            await kpis.answer({
              id: ids[index % ids.length]!,
              tenantId: log.tenantIds[index % log.tenantIds.length]!,
              ...(index % 3 === 0 ? { communityId: log.communityIds[0]![0] } : {}),
              from: log.firstDay,
              to: '2025-03-31',
              granularity: index % 2 === 0 ? 'DAY' : 'WEEK',
            });
            answers += 1;
          } catch (error) {
            errors.push(error instanceof Error ? error.message : String(error));
          }
        }
      })();

      const reports: RebuildReport[] = [];
      try {
        for (const projection of projections) reports.push(await rebuildProjection(database.pool, projection));
      } finally {
        rebuilding = false;
        await Promise.all([ingesting, querying]);
      }
      // Events after the last swap go through the ingest path into the new tables only.
      await ingestAll(database.pool, moreEvents(log, 1_000_003));

      expect(reports.map((report) => report.projection)).toEqual(['communities', 'membership', 'active-members']);
      expect(Math.min(...reports.map((report) => report.upToSeq))).toBeGreaterThan(millionEvents);
      expect(ingestedDuringRebuild).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(answers).toBeGreaterThan(0);
      for (const projection of projections) {
        const reference = `reference_${projection.name.replace(/\W/g, '_')}`;
        await projectFromScratch(database.pool, projection, reference);
        for (const table of projection.tables) {
          const difference = await differingRows(database.pool, table, reference);
          expect({ table, onlyLive: difference.onlyLive, onlyReference: difference.onlyReference }).toEqual({ table, onlyLive: 0, onlyReference: 0 });
          expect(difference.live).toBeGreaterThan(0);
        }
      }
    },
    slowTestTimeout,
  );
});
