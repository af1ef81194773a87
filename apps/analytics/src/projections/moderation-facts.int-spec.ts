import { randomUUID } from 'node:crypto';
import { domainTopics, type EventEnvelope } from '@groundswell/events';
import { ingestConsumerDefinition } from '../ingest/ingest.module';
import { kpiCatalogue } from '../kpis/kpi-catalogue';
import { ProjectionFactSource } from '../kpis/projection-fact-source';
import { aTenantId } from '../testing/analytics-event.factories';
import { expectSameKpiValues, kpiValues } from '../testing/evaluate-kpi';
import { EventLogFactSource } from '../testing/event-log-fact-source';
import { ingestTestBed, rebuildAfterIngest } from '../testing/ingest-test-bed';
import { aCaseDecided, aCaseEscalated, aCaseOpened, aCrisisAlertRaised, aCrisisAlertResolved, aCrisisFirstResponse, aCrisisSlaBreached, anAppealDecided, aReportFiled, aSanctionApplied } from '../testing/moderation-event.factories';
import { moderationFactsProjection } from './moderation-facts.rebuild';

/** Two communities' casework and crisis alerts over March, some recorded late. */
function aModerationHistory(tenantId: string) {
  const communities = [randomUUID(), randomUUID()];
  const casework: EventEnvelope[] = [];
  const crisis: EventEnvelope[] = [];
  for (let index = 0; index < 24; index++) {
    const communityId = communities[index % 2]!;
    const at = `2025-03-${String((index % 20) + 1).padStart(2, '0')}T0${index % 8}:00:00Z`;
    const recordedAt = index % 5 === 0 ? `2025-03-${String((index % 20) + 3).padStart(2, '0')}T12:00:00Z` : at;
    const when = { tenantId, communityId, at, recordedAt };
    const caseId = randomUUID();
    casework.push(aCaseOpened({ ...when, caseId }), aReportFiled({ ...when, caseId }));
    if (index % 4 === 3) casework.push(aCaseEscalated({ ...when, caseId }), aCaseDecided({ ...when, caseId, decision: 'rejected', level: 2 }));
    else casework.push(aCaseDecided({ ...when, caseId, decision: index % 3 === 0 ? 'rejected' : 'approved' }));
    if (index % 6 === 0) casework.push(aSanctionApplied(when), anAppealDecided({ ...when, outcome: index % 12 === 0 ? 'upheld' : 'rejected' }));
    if (index % 4 === 0) {
      const alertId = randomUUID();
      crisis.push(aCrisisAlertRaised({ ...when, alertId, severity: index % 8 === 0 ? 'critical' : 'medium', value: 0.3 + index / 100 }));
      if (index % 8 === 0) crisis.push(aCrisisFirstResponse({ tenantId, communityId, alertId, raisedAt: at, minutes: 12 + index }));
      else crisis.push(aCrisisSlaBreached({ tenantId, communityId, alertId, raisedAt: at }));
      if (index % 12 === 0) crisis.push(aCrisisAlertResolved({ tenantId, communityId, alertId, at: new Date(Date.parse(at) + 3 * 3_600_000).toISOString() }));
    }
  }
  return { communities, casework, crisis };
}

const moderationKpiIds = kpiCatalogue.filter((kpi) => /^(moderation|crisis)\./.test(kpi.id)).map((kpi) => kpi.id);

describe('moderation-fact projection', () => {
  const bed = ingestTestBed('moderation_facts', 'analytics-moderation-test');

  it('should listen to every moderation topic', () => {
    expect(ingestConsumerDefinition().topics).toEqual(expect.arrayContaining(Object.values(domainTopics.moderation)));
  });

  it('should project moderation events from Kafka exactly once, to what a from-scratch computation over the events gives, at every asOf', async () => {
    const tenantId = aTenantId();
    const { communities, casework, crisis } = aModerationHistory(tenantId);

    await bed.ingestFromKafka({
      'analytics-review-case': [...casework, ...casework.slice(0, 10)],
      'analytics-crisis-alert': [...crisis, ...crisis],
    });

    const events = [...casework, ...crisis];
    await bed.untilRows('moderation_facts', events.length);
    const incremental = new ProjectionFactSource(bed.pool);
    const asks = [
      { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'WEEK' as const },
      { tenantId, communityId: communities[1], from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' as const },
      { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' as const, asOf: new Date('2025-03-09T00:00:00Z') },
    ];
    await expectSameKpiValues(incremental, new EventLogFactSource(events), moderationKpiIds, asks);
    // 24 cases, each reported once; 12 decided as violations (every escalated one, and every third of the rest).
    expect(await kpiValues('moderation.reports', incremental, { ...asks[0]!, granularity: 'MONTH' })).toEqual([24]);
    expect(await kpiValues('moderation.violation_rate', incremental, { ...asks[0]!, granularity: 'MONTH' })).toEqual([0.5]);
  });

  it('should rebuild online to exactly what projecting the events one by one at ingest left', async () => {
    const { casework, crisis } = aModerationHistory(aTenantId());
    const rebuilt = await rebuildAfterIngest(bed.pool, [...crisis, ...casework, ...casework.slice(0, 7)], moderationFactsProjection, 13);

    await rebuilt.expectAsIngested('moderation_facts');
  });
});
