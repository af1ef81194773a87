import { randomUUID } from 'node:crypto';
import { EventStore, eventStoreMigrations } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { createTestDatabase, freshDatabase } from '@groundswell/test-kit';
import { aTenantId } from '../testing/identities';
import { crisisAlertEventTypes } from './crisis-alert.events';
import { crisisMigrations } from './crisis.migrations';
import { crisisProjections } from './crisis.projection';
import { CrisisQueries } from './crisis.queries';
import { anEscalationList, minutesAfterTen, tenOClock } from './testing/crisis-alert.factory';
import { AcknowledgeCrisisAlertUseCase } from './use-cases/acknowledge-crisis-alert.use-case';
import { AddPostMortemNoteUseCase } from './use-cases/add-post-mortem-note.use-case';
import { CheckCrisisSlasUseCase } from './use-cases/check-crisis-slas.use-case';
import { CrisisAlertCommands } from './use-cases/crisis-alert-command';
import { RecordCrisisObservationsUseCase, type CrisisObservationInput } from './use-cases/record-crisis-observations.use-case';
import { RecordFirstResponseUseCase } from './use-cases/record-first-response.use-case';
import { ResolveCrisisAlertUseCase } from './use-cases/resolve-crisis-alert.use-case';
import { SetEscalationListUseCase } from './use-cases/set-escalation-list.use-case';

const anOperator = (tenant: string, overrides: Partial<Identity> = {}): Identity => ({ sub: 'u-lead', tenant, roles: ['moderator'], ...overrides });
const message = (communityId: string, text: string, minutes: number): CrisisObservationInput => ({ kind: 'message', communityId, text, at: minutesAfterTen(minutes) });
const complaint = (communityId: string, minutes = 0) => message(communityId, '质量太差了，客服也不理人，我要投诉！', minutes);
const praise = (communityId: string, minutes = -30) => message(communityId, '新品很好用，推荐！', minutes);

describe('crisis early warning', () => {
  const database = freshDatabase('test', () => createTestDatabase('moderation_crisis', [...eventStoreMigrations, ...crisisMigrations]));
  let now: Date;
  let observe: RecordCrisisObservationsUseCase;
  let acknowledge: AcknowledgeCrisisAlertUseCase;
  let respond: RecordFirstResponseUseCase;
  let resolve: ResolveCrisisAlertUseCase;
  let addNote: AddPostMortemNoteUseCase;
  let checkSlas: CheckCrisisSlasUseCase;
  let setEscalationList: SetEscalationListUseCase;
  let queries: CrisisQueries;

  beforeEach(() => {
    const store = new EventStore(database.pool, crisisProjections);
    const clock = () => now;
    const alerts = new CrisisAlertCommands(store, clock);
    now = tenOClock;
    observe = new RecordCrisisObservationsUseCase(store, clock);
    [acknowledge, respond, resolve, addNote] = [new AcknowledgeCrisisAlertUseCase(alerts), new RecordFirstResponseUseCase(alerts), new ResolveCrisisAlertUseCase(alerts), new AddPostMortemNoteUseCase(alerts)];
    checkSlas = new CheckCrisisSlasUseCase(store, clock);
    setEscalationList = new SetEscalationListUseCase(store);
    queries = new CrisisQueries(database.pool);
  });

  const eventsOfType = async (tenant: string, type: string) =>
    (await database.pool.query('SELECT data FROM events WHERE tenant_id = $1 AND event_type = $2 ORDER BY global_position', [tenant, type])).rows.map((row) => row.data as Record<string, unknown>);

  /** Raises one alert in a fresh community at 10:00: twenty complaints in a row. */
  const raiseAnAlert = async (tenant: string) => {
    const communityId = randomUUID();
    const { raisedAlertIds } = await observe.execute(tenant, Array.from({ length: 20 }, () => complaint(communityId)));
    expect(raisedAlertIds).toHaveLength(1);
    return { communityId, alertId: raisedAlertIds[0]! };
  };

  it('should raise exactly one alert when a stream of negative messages crosses the negative-share threshold', async () => {
    const tenant = aTenantId();
    const communityId = randomUUID();
    await observe.execute(tenant, Array.from({ length: 20 }, (_, index) => praise(communityId, -40 + index)));

    // One complaint per call, as messages arrive: 8 of 28 is under 30%, the 9th crosses it.
    const raised: string[] = [];
    for (let index = 0; index < 8; index++) raised.push(...(await observe.execute(tenant, [complaint(communityId, -10 + index)])).raisedAlertIds);
    expect(raised).toEqual([]);
    for (let index = 8; index < 25; index++) raised.push(...(await observe.execute(tenant, [complaint(communityId, -10 + index * 0.1)])).raisedAlertIds);
    // And a burst of concurrent feeds while the share stays above it.
    const burst = await Promise.all(Array.from({ length: 5 }, () => observe.execute(tenant, [complaint(communityId)])));
    raised.push(...burst.flatMap((result) => result.raisedAlertIds));

    expect(raised).toHaveLength(1);
    expect(await eventsOfType(tenant, crisisAlertEventTypes.raised)).toEqual([
      expect.objectContaining({ alertId: raised[0], communityId, indicator: 'negative_share', threshold: 0.3, raisedAt: tenOClock.toISOString(), responseDueAt: minutesAfterTen(30).toISOString() }),
    ]);
    const alerts = await queries.alerts(anOperator(tenant), {});
    expect(alerts.totalCount).toBe(1);
    expect(alerts.edges[0]!.node).toMatchObject({ id: raised[0], status: 'raised', crisisType: 'negative_opinion', slaMinutes: 30 });
  });

  it('should raise nothing for another community, or for fewer messages than a share needs', async () => {
    const tenant = aTenantId();
    const { raisedAlertIds } = await observe.execute(tenant, Array.from({ length: 19 }, () => complaint(randomUUID())));
    expect(raisedAlertIds).toEqual([]);
    expect((await queries.alerts(anOperator(tenant), {})).totalCount).toBe(0);
  });

  describe('response SLA (S10: 30 minutes)', () => {
    it('should be met when the first response is recorded at 25 minutes', async () => {
      const tenant = aTenantId();
      const { alertId } = await raiseAnAlert(tenant);
      now = minutesAfterTen(5);
      await acknowledge.execute(anOperator(tenant), { alertId });
      now = minutesAfterTen(25);
      await respond.execute(anOperator(tenant), { alertId, channel: 'social_platform', statement: '我们已关注到相关反馈，正在核查。' });

      now = minutesAfterTen(31);
      expect(await checkSlas.execute()).toEqual([]);
      expect(await eventsOfType(tenant, crisisAlertEventTypes.slaBreached)).toEqual([]);
      expect(await queries.alert(anOperator(tenant), alertId)).toMatchObject({ status: 'responded', responseWithinSla: true, slaBreachedAt: null, firstResponseAt: minutesAfterTen(25) });
    });

    it('should be breached at 31 minutes without a response, once, however often the scheduler checks', async () => {
      const tenant = aTenantId();
      await setEscalationList.execute(anOperator(tenant), anEscalationList);
      const { alertId } = await raiseAnAlert(tenant);

      now = minutesAfterTen(30);
      expect(await checkSlas.execute()).toEqual([]);
      now = minutesAfterTen(31);
      expect(await checkSlas.execute()).toEqual([alertId]);
      expect(await checkSlas.execute()).toEqual([]);

      expect(await eventsOfType(tenant, crisisAlertEventTypes.slaBreached)).toEqual([expect.objectContaining({ alertId, detectedAt: minutesAfterTen(31).toISOString(), slaMinutes: 30 })]);
      expect(await eventsOfType(tenant, crisisAlertEventTypes.escalated)).toEqual([
        expect.objectContaining({ reason: 'raised', severity: 'critical' }),
        expect.objectContaining({ reason: 'sla_breached', recipients: anEscalationList.map(({ department, contact }) => ({ department, contact })) }),
      ]);
      expect(await queries.alert(anOperator(tenant), alertId)).toMatchObject({ slaBreachedAt: minutesAfterTen(31) });
    });

    it('should be breached when the first response comes at 31 minutes before any scheduler check', async () => {
      const tenant = aTenantId();
      const { alertId } = await raiseAnAlert(tenant);
      await acknowledge.execute(anOperator(tenant), { alertId });
      now = minutesAfterTen(31);
      await respond.execute(anOperator(tenant), { alertId, channel: 'official_website', statement: '关于近期产品质量问题的说明' });

      expect(await eventsOfType(tenant, crisisAlertEventTypes.slaBreached)).toHaveLength(1);
      expect(await eventsOfType(tenant, crisisAlertEventTypes.firstResponseRecorded)).toEqual([expect.objectContaining({ withinSla: false, responseMinutes: 31 })]);
      expect(await queries.alert(anOperator(tenant), alertId)).toMatchObject({ responseWithinSla: false, slaBreachedAt: minutesAfterTen(31) });
    });
  });

  it('should take an alert through resolution to its post-mortem notes, and replay a retried command', async () => {
    const tenant = aTenantId();
    const { alertId } = await raiseAnAlert(tenant);
    await acknowledge.execute(anOperator(tenant), { alertId, severity: 'high', crisisType: 'product_quality' });
    await respond.execute(anOperator(tenant), { alertId, channel: 'community', statement: '致歉并说明处理方案' });
    await resolve.execute(anOperator(tenant), { alertId, outcome: 'handled', summary: '已全额退款并公布整改措施' });
    await addNote.execute(anOperator(tenant), { alertId, note: '首次声明及时', lessons: ['统一客服话术'] }, 'note-1');
    await addNote.execute(anOperator(tenant), { alertId, note: '首次声明及时', lessons: ['统一客服话术'] }, 'note-1');

    expect(await queries.alert(anOperator(tenant), alertId)).toMatchObject({ status: 'resolved', severity: 'high', crisisType: 'product_quality', outcome: 'handled' });
    expect(await queries.postMortemNotes(tenant, alertId)).toEqual([expect.objectContaining({ note: '首次声明及时', lessons: ['统一客服话术'], writtenBy: 'u-lead' })]);
  });

  it('should not let another tenant, or an operator of other communities, see or act on an alert', async () => {
    const tenant = aTenantId();
    const { alertId } = await raiseAnAlert(tenant);
    const elsewhere = anOperator(tenant, { communities: [randomUUID()] });
    await expect(acknowledge.execute(anOperator(aTenantId()), { alertId })).rejects.toMatchObject({ code: 'ALERT_NOT_FOUND', category: 'NOT_FOUND' });
    await expect(acknowledge.execute(elsewhere, { alertId })).rejects.toMatchObject({ code: 'ALERT_NOT_FOUND' });
    expect(await queries.alert(elsewhere, alertId)).toBeNull();
    expect((await queries.alerts(elsewhere, {})).totalCount).toBe(0);
  });

  it('should refuse malformed observations as bad input and record none of them', async () => {
    const tenant = aTenantId();
    const communityId = randomUUID();
    await expect(observe.execute(tenant, [complaint(communityId), message(communityId, ' ', 0)])).rejects.toMatchObject({ code: 'OBSERVATIONS_INVALID', category: 'BAD_USER_INPUT' });
    await expect(observe.execute(tenant, [complaint('not-a-community-id')])).rejects.toMatchObject({ code: 'OBSERVATIONS_INVALID' });
    await expect(observe.execute(tenant, [complaint(communityId, 60)])).rejects.toMatchObject({ code: 'OBSERVATIONS_INVALID' });
    expect((await database.pool.query('SELECT count(*)::int AS count FROM crisis_observations WHERE tenant_id = $1', [tenant])).rows[0].count).toBe(0);
  });
});
