import { deciderSpec } from '@groundswell/event-store/testing';
import { campaignDecider } from './campaign.decider';
import { CampaignError } from './campaign.error';
import { aPlan, aPostMortem, afterEnd, beforeStart, commands, duringRun, endsAt, events, histories, startsAt } from './campaign.fixtures';
import type { CampaignBudget } from './campaign.values';

const spec = deciderSpec(campaignDecider);
const budget = (overrides: Partial<CampaignBudget>) => aPlan({ budget: { ...aPlan().budget!, ...overrides } });

describe('campaignDecider', () => {
  describe('CreateCampaign', () => {
    it('should create a draft with its plan trimmed and its instants normalised', () => {
      const plan = aPlan({ name: '  21天打卡挑战 ', schedule: { startsAt: '2026-12-10T08:00:00+08:00', endsAt, timeZone: 'Asia/Shanghai' } });
      spec.given([]).when(commands.create({ plan })).then([events.created()]);
    });

    it('should create a campaign without a budget or a segment', () => {
      const plan = aPlan({ budget: null, segmentId: null });
      spec.given([]).when(commands.create({ plan })).then([events.created(plan)]);
    });

    it('should refuse to create the same campaign twice', () => {
      spec.given(histories.draft()).when(commands.create()).thenThrows(CampaignError, 'CAMPAIGN_EXISTS');
    });

    it('should refuse an empty or overlong name', () => {
      spec.given([]).when(commands.create({ plan: aPlan({ name: ' ' }) })).thenThrows(CampaignError, 'NAME_INVALID');
      spec.given([]).when(commands.create({ plan: aPlan({ name: '名'.repeat(101) }) })).thenThrows(CampaignError, 'NAME_INVALID');
    });

    it.each([
      ['no target', { objective: 'sales' as const, targets: [] }],
      ['a metric twice', { objective: 'sales' as const, targets: [{ metric: 'gmv' as const, value: 1 }, { metric: 'gmv' as const, value: 2 }] }],
      ['a target of 0', { objective: 'sales' as const, targets: [{ metric: 'gmv' as const, value: 0 }] }],
      ['a fractional target', { objective: 'sales' as const, targets: [{ metric: 'leads' as const, value: 1.5 }] }],
    ])('should refuse a goal with %s (a goal is required first, CMP-30)', (_case, goal) => {
      spec.given([]).when(commands.create({ plan: aPlan({ goal }) })).thenThrows(CampaignError, 'GOAL_INVALID');
    });

    it('should refuse a campaign in no community, or in one community twice', () => {
      spec.given([]).when(commands.create({ plan: aPlan({ communityIds: [] }) })).thenThrows(CampaignError, 'COMMUNITIES_INVALID');
      spec.given([]).when(commands.create({ plan: aPlan({ communityIds: ['c', 'c'] }) })).thenThrows(CampaignError, 'COMMUNITIES_INVALID');
    });

    it.each([
      ['an end before its start', { startsAt: endsAt, endsAt: startsAt, timeZone: 'Asia/Shanghai' }],
      ['a run over a year', { startsAt, endsAt: '2028-01-01T00:00:00.000Z', timeZone: 'Asia/Shanghai' }],
      ['an unknown time zone', { startsAt, endsAt, timeZone: 'Mars/Olympus' }],
      ['a start that is no instant', { startsAt: 'tomorrow', endsAt, timeZone: 'Asia/Shanghai' }],
    ])('should refuse a schedule with %s', (_case, schedule) => {
      spec.given([]).when(commands.create({ plan: aPlan({ schedule }) })).thenThrows(CampaignError, 'SCHEDULE_INVALID');
    });

    it('should refuse a channel listed twice, too many co-hosts, or a milestone without an owner', () => {
      spec.given([]).when(commands.create({ plan: aPlan({ channels: ['push', 'push'] }) })).thenThrows(CampaignError, 'PLAN_INVALID');
      const coHosts = Array.from({ length: 21 }, (_, index) => ({ kind: 'sponsor' as const, name: `赞助${index}` }));
      spec.given([]).when(commands.create({ plan: aPlan({ coHosts }) })).thenThrows(CampaignError, 'PLAN_INVALID');
      const milestones = [{ ...aPlan().milestones[0]!, owner: ' ' }];
      spec.given([]).when(commands.create({ plan: aPlan({ milestones }) })).thenThrows(CampaignError, 'PLAN_INVALID');
    });

    it.each([
      ['a currency that is no ISO code', budget({ currency: 'rmb' })],
      ['no line', budget({ lines: [] })],
      ['a category twice', budget({ lines: [{ category: 'event', amountMinor: 1 }, { category: 'event', amountMinor: 2 }] })],
      ['a negative amount', budget({ lines: [{ category: 'event', amountMinor: -1 }] })],
      ['a fractional reserve', budget({ reserveMinor: 0.5 })],
      ['a region twice', budget({ regionalMultipliers: [{ region: 'tier1', percent: 150 }, { region: ' tier1', percent: 120 }] })],
      ['a multiplier of 0', budget({ regionalMultipliers: [{ region: 'tier2', percent: 0 }] })],
    ])('should refuse a budget with %s', (_case, plan) => {
      spec.given([]).when(commands.create({ plan })).thenThrows(CampaignError, 'BUDGET_INVALID');
    });
  });

  describe('ReviseCampaign', () => {
    const revisedPlan = aPlan({ name: '21天打卡挑战（第二期）' });

    it('should revise a draft or a scheduled campaign', () => {
      spec.given(histories.draft()).when(commands.revise(revisedPlan)).then([events.revised(revisedPlan)]);
      spec.given(histories.scheduled()).when(commands.revise(revisedPlan)).then([events.revised(revisedPlan)]);
    });

    it('should change nothing when the plan is the current one', () => {
      spec.given([...histories.draft(), events.revised(revisedPlan)]).when(commands.revise(aPlan({ name: ' 21天打卡挑战（第二期）' }))).then([]);
    });

    it('should refuse to move a scheduled campaign\'s start into the past', () => {
      const plan = aPlan({ schedule: { startsAt, endsAt, timeZone: 'Asia/Shanghai' } });
      spec.given(histories.scheduled()).when(commands.revise(plan, duringRun)).thenThrows(CampaignError, 'SCHEDULE_IN_PAST');
    });

    it('should refuse to revise a campaign once it runs, and an invalid plan', () => {
      spec.given(histories.running()).when(commands.revise(revisedPlan)).thenThrows(CampaignError, 'CAMPAIGN_STATUS_INVALID');
      spec.given(histories.draft()).when(commands.revise(aPlan({ goal: { objective: 'sales', targets: [] } }))).thenThrows(CampaignError, 'GOAL_INVALID');
    });

    it('should answer NOT_FOUND for a campaign that was never created', () => {
      spec.given([]).when(commands.revise(revisedPlan)).thenThrows(CampaignError, 'CAMPAIGN_NOT_FOUND');
    });
  });

  describe('ScheduleCampaign', () => {
    it('should schedule a draft whose start is ahead', () => {
      spec.given(histories.draft()).when(commands.schedule()).then([events.scheduled()]);
    });

    it('should refuse to schedule a campaign whose start has passed', () => {
      spec.given(histories.draft()).when(commands.schedule(duringRun)).thenThrows(CampaignError, 'SCHEDULE_IN_PAST');
    });

    it('should refuse to schedule a campaign twice, and one never created', () => {
      spec.given(histories.scheduled()).when(commands.schedule()).thenThrows(CampaignError, 'CAMPAIGN_STATUS_INVALID');
      spec.given([]).when(commands.schedule()).thenThrows(CampaignError, 'CAMPAIGN_NOT_FOUND');
    });
  });

  describe('StartCampaign', () => {
    it('should start a scheduled campaign at its start', () => {
      spec.given(histories.scheduled()).when(commands.start()).then([events.started()]);
    });

    it('should refuse to start before the scheduled start', () => {
      spec.given(histories.scheduled()).when(commands.start(beforeStart)).thenThrows(CampaignError, 'CAMPAIGN_NOT_DUE');
    });

    it('should refuse to start a draft that was never scheduled', () => {
      spec.given(histories.draft()).when(commands.start()).thenThrows(CampaignError, 'CAMPAIGN_STATUS_INVALID');
    });
  });

  describe('PauseCampaign', () => {
    it('should pause a running campaign with its reason', () => {
      spec.given(histories.running()).when(commands.pause(' 发现刷单 ')).then([events.paused('发现刷单')]);
    });

    it('should refuse a pause without a reason', () => {
      spec.given(histories.running()).when(commands.pause('  ')).thenThrows(CampaignError, 'REASON_INVALID');
    });

    it('should refuse to pause a campaign that is not running', () => {
      spec.given(histories.scheduled()).when(commands.pause()).thenThrows(CampaignError, 'CAMPAIGN_STATUS_INVALID');
      spec.given(histories.paused()).when(commands.pause()).thenThrows(CampaignError, 'CAMPAIGN_STATUS_INVALID');
    });
  });

  describe('ResumeCampaign', () => {
    it('should resume a paused campaign', () => {
      spec.given(histories.paused()).when(commands.resume()).then([events.resumed()]);
    });

    it('should refuse to resume once the scheduled end has passed', () => {
      spec.given(histories.paused()).when(commands.resume(afterEnd)).thenThrows(CampaignError, 'CAMPAIGN_SCHEDULE_OVER');
    });

    it('should refuse to resume a campaign that is not paused', () => {
      spec.given(histories.running()).when(commands.resume()).thenThrows(CampaignError, 'CAMPAIGN_STATUS_INVALID');
    });
  });

  describe('EndCampaign', () => {
    it('should let an operator end a running or paused campaign early', () => {
      spec.given(histories.running()).when(commands.end('operator')).then([events.ended('operator')]);
      spec.given(histories.paused()).when(commands.end('operator')).then([events.ended('operator')]);
    });

    it('should end a campaign on schedule at its end', () => {
      spec.given(histories.running()).when(commands.end('schedule', new Date(endsAt))).then([events.ended('schedule')]);
    });

    it('should refuse to end on schedule before the end', () => {
      spec.given(histories.running()).when(commands.end('schedule', duringRun)).thenThrows(CampaignError, 'CAMPAIGN_NOT_DUE');
    });

    it('should refuse to end a campaign that never started, or ended already', () => {
      spec.given(histories.scheduled()).when(commands.end()).thenThrows(CampaignError, 'CAMPAIGN_STATUS_INVALID');
      spec.given(histories.ended()).when(commands.end()).thenThrows(CampaignError, 'CAMPAIGN_STATUS_INVALID');
    });
  });

  describe('ReviewCampaign', () => {
    it('should record the post-mortem of an ended campaign', () => {
      spec.given(histories.ended()).when(commands.review(aPostMortem({ summary: ' 参与人数超出目标 ' }))).then([events.reviewed()]);
    });

    it('should refuse results for a metric the goal did not target, and an empty summary', () => {
      const untargeted = aPostMortem({ goalResults: [{ metric: 'gmv', actual: 1 }] });
      spec.given(histories.ended()).when(commands.review(untargeted)).thenThrows(CampaignError, 'POST_MORTEM_INVALID');
      spec.given(histories.ended()).when(commands.review(aPostMortem({ summary: '' }))).thenThrows(CampaignError, 'POST_MORTEM_INVALID');
    });

    it('should refuse to review a campaign before it ends, or twice', () => {
      spec.given(histories.running()).when(commands.review()).thenThrows(CampaignError, 'CAMPAIGN_STATUS_INVALID');
      spec.given(histories.reviewed()).when(commands.review()).thenThrows(CampaignError, 'CAMPAIGN_STATUS_INVALID');
    });
  });
});
