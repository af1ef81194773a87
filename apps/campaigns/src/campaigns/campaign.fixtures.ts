import type { CampaignCommand } from './campaign.commands';
import { campaignEventTypes, type CampaignEvent } from './campaign.events';
import type { CampaignPlan, PostMortem } from './campaign.values';

// Test data for the campaign specs: a 21-day check-in challenge starting 2026-12-10 in Beijing.
export const campaignId = 'c-1';
export const startsAt = '2026-12-10T00:00:00.000Z';
export const endsAt = '2026-12-31T00:00:00.000Z';
export const beforeStart = new Date('2026-12-01T00:00:00.000Z');
export const duringRun = new Date('2026-12-15T00:00:00.000Z');
export const afterEnd = new Date('2027-01-02T00:00:00.000Z');

export const aPlan = (overrides: Partial<CampaignPlan> = {}): CampaignPlan => ({
  name: '21天打卡挑战',
  goal: { objective: 'loyalty', targets: [{ metric: 'participants', value: 500 }, { metric: 'check_ins', value: 8000 }] },
  communityIds: ['community-1', 'community-2'],
  segmentId: 'segment-loyal',
  schedule: { startsAt, endsAt, timeZone: 'Asia/Shanghai' },
  channels: ['community_announcement', 'kol'],
  coHosts: [{ kind: 'kol', name: '健身达人小王' }],
  milestones: [{ title: '预热', owner: 'u-planner', dueAt: '2026-12-05T00:00:00.000Z', expectedResult: '报名 300 人' }],
  budget: {
    currency: 'CNY',
    lines: [
      { category: 'platform', amountMinor: 350_000 },
      { category: 'content', amountMinor: 400_000 },
      { category: 'event', amountMinor: 250_000 },
    ],
    reserveMinor: 100_000,
    regionalMultipliers: [{ region: 'tier1', percent: 150 }],
  },
  ...overrides,
});

export const aPostMortem = (overrides: Partial<PostMortem> = {}): PostMortem => ({
  summary: '参与人数超出目标',
  lessons: ['提前一周预热效果更好'],
  goalResults: [{ metric: 'participants', actual: 620 }],
  ...overrides,
});

type Of<T extends CampaignCommand['type']> = Omit<Extract<CampaignCommand, { type: T }>, 'type' | 'campaignId' | 'by' | 'now'>;
const base = (now: Date) => ({ campaignId, by: 'u-manager', now });

export const commands = {
  create: (fields: Partial<Of<'CreateCampaign'>> = {}, now = beforeStart): CampaignCommand => ({ type: 'CreateCampaign', ...base(now), kind: 'check_in', plan: aPlan(), ...fields }),
  revise: (plan: CampaignPlan, now = beforeStart): CampaignCommand => ({ type: 'ReviseCampaign', ...base(now), plan }),
  schedule: (now = beforeStart): CampaignCommand => ({ type: 'ScheduleCampaign', ...base(now) }),
  start: (now = new Date(startsAt)): CampaignCommand => ({ type: 'StartCampaign', ...base(now), by: 'system:campaign-clock' }),
  pause: (reason = '发现刷单', now = duringRun): CampaignCommand => ({ type: 'PauseCampaign', ...base(now), reason }),
  resume: (now = duringRun): CampaignCommand => ({ type: 'ResumeCampaign', ...base(now) }),
  end: (reason: 'schedule' | 'operator' = 'operator', now = duringRun): CampaignCommand => ({ type: 'EndCampaign', ...base(now), reason }),
  review: (postMortem = aPostMortem(), now = afterEnd): CampaignCommand => ({ type: 'ReviewCampaign', ...base(now), postMortem }),
};

export const events = {
  created: (plan = aPlan()): CampaignEvent => ({ type: campaignEventTypes.created, data: { campaignId, kind: 'check_in', plan, createdBy: 'u-manager' } }),
  revised: (plan: CampaignPlan): CampaignEvent => ({ type: campaignEventTypes.revised, data: { campaignId, plan, revisedBy: 'u-manager' } }),
  scheduled: (): CampaignEvent => ({ type: campaignEventTypes.scheduled, data: { campaignId, startsAt, endsAt, scheduledBy: 'u-manager' } }),
  started: (): CampaignEvent => ({ type: campaignEventTypes.started, data: { campaignId, startedBy: 'system:campaign-clock' } }),
  paused: (reason = '发现刷单'): CampaignEvent => ({ type: campaignEventTypes.paused, data: { campaignId, reason, pausedBy: 'u-manager' } }),
  resumed: (): CampaignEvent => ({ type: campaignEventTypes.resumed, data: { campaignId, resumedBy: 'u-manager' } }),
  ended: (reason: 'schedule' | 'operator' = 'operator', endedBy = 'u-manager'): CampaignEvent => ({ type: campaignEventTypes.ended, data: { campaignId, reason, endedBy } }),
  reviewed: (postMortem = aPostMortem()): CampaignEvent => ({ type: campaignEventTypes.reviewed, data: { campaignId, postMortem, reviewedBy: 'u-manager' } }),
};

/** Histories that leave the campaign in each status. */
export const histories = {
  draft: () => [events.created()],
  scheduled: () => [events.created(), events.scheduled()],
  running: () => [events.created(), events.scheduled(), events.started()],
  paused: () => [events.created(), events.scheduled(), events.started(), events.paused()],
  ended: () => [events.created(), events.scheduled(), events.started(), events.ended()],
  reviewed: () => [events.created(), events.scheduled(), events.started(), events.ended(), events.reviewed()],
};
