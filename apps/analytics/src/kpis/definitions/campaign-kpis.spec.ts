import { randomUUID } from 'node:crypto';
import { aMemberActivity, aMemberJoined, aTenantId } from '../../testing/analytics-event.factories';
import { aCampaignCreated, aCampaignRevised, aCampaignJoined, aCampaignStarted, aCheckIn, aConversion, aConversionRefunded, aCouponClaimed, aMemberAcquired, type PlanFacts } from '../../testing/campaign-event.factories';
import { kpiValues } from '../../testing/evaluate-kpi';
import { EventLogFactSource } from '../../testing/event-log-fact-source';

const march = { from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' as const };
const members = (count: number) => Array.from({ length: count }, () => randomUUID());

describe('campaign KPIs (KPI-38…48, 69, 70, 72…74)', () => {
  const tenantId = aTenantId();
  const [north, south] = [randomUUID(), randomUUID()];
  const [spring, stream] = [randomUUID(), randomUUID()];
  const marchPlan: PlanFacts = { communityIds: [north, south], startsAt: '2025-03-01T00:00:00Z', endsAt: '2025-03-31T00:00:00Z' };
  const campaign = (campaignId: string, plan: Partial<PlanFacts> = {}, kind: 'promotion' | 'live_stream' = 'promotion', tenant = tenantId) => [
    aCampaignCreated({ tenantId: tenant, campaignId, kind, at: '2025-02-20T08:00:00Z', ...marchPlan, ...plan }),
    aCampaignStarted({ tenantId: tenant, campaignId, at: '2025-03-01T00:00:00Z' }),
  ];

  describe('commerce', () => {
    it('should take a refund back out of GMV on the order’s day, while a figure asked before the refund still shows it whole', async () => {
      const buyer = randomUUID();
      const order = aConversion({ tenantId, memberId: buyer, amountMinor: 30_000, campaignId: spring, at: '2025-03-10T08:00:00Z' });
      const other = aConversion({ tenantId, memberId: randomUUID(), amountMinor: 10_000, at: '2025-03-12T08:00:00Z' });
      const facts = new EventLogFactSource([
        ...campaign(spring),
        ...order.events,
        ...other.events,
        aConversionRefunded({ tenantId, conversionId: order.conversionId, amountMinor: 12_000, at: '2025-04-02T08:00:00Z' }),
      ]);
      // 30,000 + 10,000 fen, less the 12,000 refunded in April: March is restated to 28,000.
      expect(await kpiValues('commerce.gmv', facts, { tenantId, ...march })).toEqual([28_000]);
      expect(await kpiValues('commerce.gmv', facts, { tenantId, ...march, asOf: new Date('2025-04-01T00:00:00Z') })).toEqual([40_000]);
      expect(await kpiValues('commerce.gmv', facts, { tenantId, campaignId: spring, ...march })).toEqual([18_000]);
      expect(await kpiValues('commerce.aov', facts, { tenantId, ...march })).toEqual([28_000 / 2]);
      // Of the 28,000 the unattributed 10,000 earned no community touch.
      expect(await kpiValues('commerce.community_contribution', facts, { tenantId, ...march })).toEqual([18_000 / 28_000]);
    });

    it('should drop a fully refunded order from orders, buyers and conversions', async () => {
      const buyer = randomUUID();
      const order = aConversion({ tenantId: `${tenantId}-full`, memberId: buyer, amountMinor: 5_000, at: '2025-03-10T08:00:00Z' });
      const facts = new EventLogFactSource([...order.events, aConversionRefunded({ tenantId: `${tenantId}-full`, conversionId: order.conversionId, amountMinor: 5_000, at: '2025-03-11T08:00:00Z' })]);
      const ask = { tenantId: `${tenantId}-full`, ...march };
      expect(await kpiValues('commerce.gmv', facts, ask)).toEqual([0]);
      expect(await kpiValues('commerce.aov', facts, ask)).toEqual([null]);
      expect(await kpiValues('commerce.repurchase_rate', facts, ask)).toEqual([null]);
    });

    it('should rate conversion per campaign, community and channel over the members each reached', async () => {
      const [northJoiners, southJoiners] = [members(4), members(6)];
      const joins = [
        ...northJoiners.map((memberId, index) => aCampaignJoined({ tenantId, campaignId: spring, communityId: north, memberId, channel: index < 2 ? 'kol' : null, at: '2025-03-02T08:00:00Z' })),
        ...southJoiners.map((memberId) => aCampaignJoined({ tenantId, campaignId: spring, communityId: south, memberId, channel: 'push', at: '2025-03-03T08:00:00Z' })),
      ];
      // North: one KOL joiner and one unknown-channel joiner buy; south: three push joiners, one of them only a lead.
      const sales = [
        aConversion({ tenantId, memberId: northJoiners[0]!, amountMinor: 8_000, campaignId: spring, at: '2025-03-05T08:00:00Z' }),
        aConversion({ tenantId, memberId: northJoiners[3]!, amountMinor: 8_000, campaignId: spring, at: '2025-03-05T09:00:00Z' }),
        aConversion({ tenantId, memberId: southJoiners[0]!, amountMinor: 9_000, campaignId: spring, at: '2025-03-06T08:00:00Z' }),
        aConversion({ tenantId, memberId: southJoiners[1]!, amountMinor: 0, kind: 'reservation', campaignId: spring, at: '2025-03-06T09:00:00Z' }),
        aConversion({ tenantId, memberId: southJoiners[2]!, amountMinor: 0, kind: 'lead', campaignId: spring, at: '2025-03-06T10:00:00Z' }),
      ].flatMap((sale) => sale.events);
      const facts = new EventLogFactSource([...campaign(spring), ...joins, ...sales]);
      const ask = (filter: object) => ({ tenantId, ...march, ...filter });
      expect(await kpiValues('commerce.conversion_rate', facts, ask({ campaignId: spring }))).toEqual([4 / 10]);
      expect(await kpiValues('commerce.conversion_rate', facts, ask({ communityId: north }))).toEqual([2 / 4]);
      expect(await kpiValues('commerce.conversion_rate', facts, ask({ communityId: south }))).toEqual([2 / 6]);
      expect(await kpiValues('commerce.conversion_rate', facts, ask({ channel: 'kol' }))).toEqual([1 / 2]);
      // Joined through a channel: 2 KOL + 6 push; converted through one: 1 + 2.
      expect(await kpiValues('commerce.channel_conversion', facts, ask({}))).toEqual([3 / 8]);
      expect(await kpiValues('commerce.leads', facts, ask({ communityId: south }))).toEqual([1]);
      // Nobody was reached in April: no rate rather than 0.
      expect(await kpiValues('commerce.conversion_rate', facts, { tenantId, from: '2025-04-01', to: '2025-04-30', granularity: 'MONTH' })).toEqual([null]);
    });

    it('should rate live-stream conversion over the viewers of live-stream campaigns only', async () => {
      const [viewers, shoppers] = [members(5), members(5)];
      const facts = new EventLogFactSource([
        ...campaign(stream, {}, 'live_stream'),
        ...campaign(spring),
        ...viewers.map((memberId) => aCampaignJoined({ tenantId, campaignId: stream, communityId: north, memberId, channel: 'live_stream', at: '2025-03-04T12:00:00Z' })),
        ...shoppers.map((memberId) => aCampaignJoined({ tenantId, campaignId: spring, communityId: north, memberId, at: '2025-03-04T12:00:00Z' })),
        ...aConversion({ tenantId, memberId: viewers[0]!, amountMinor: 5_000, campaignId: stream, at: '2025-03-04T13:00:00Z' }).events,
        ...aConversion({ tenantId, memberId: viewers[1]!, amountMinor: 5_000, campaignId: spring, at: '2025-03-04T13:00:00Z' }).events,
        ...aConversion({ tenantId, memberId: shoppers[0]!, amountMinor: 5_000, campaignId: spring, at: '2025-03-04T13:00:00Z' }).events,
      ]);
      // Of 5 viewers, one bought through the stream; the other's purchase is credited to the promotion.
      expect(await kpiValues('commerce.live_stream_conversion', facts, { tenantId, ...march })).toEqual([1 / 5]);
    });

    it('should compute repurchase, high-value share, revenue growth and subscription share from the orders of each period', async () => {
      const tenant = aTenantId();
      const [ann, bob, cai, dan] = members(4);
      const order = (memberId: string, amountMinor: number, at: string, kind: 'purchase' | 'subscription' = 'purchase') => aConversion({ tenantId: tenant, memberId, amountMinor, kind, at }).events;
      const facts = new EventLogFactSource([
        ...order(ann!, 10_000, '2025-02-10T08:00:00Z'),
        ...order(ann!, 10_000, '2025-03-01T08:00:00Z'),
        ...order(ann!, 50_000, '2025-03-20T08:00:00Z'),
        ...order(bob!, 10_000, '2025-03-02T08:00:00Z', 'subscription'),
        ...order(cai!, 5_000, '2025-03-03T08:00:00Z'),
        ...order(dan!, 5_000, '2025-03-04T08:00:00Z'),
        ...order(dan!, 4_000, '2025-03-05T08:00:00Z', 'subscription'),
      ]);
      const ask = { tenantId: tenant, ...march };
      // March: Ann 60,000 in 2 orders, Bob 10,000, Cai 5,000, Dan 9,000 in 2 → GMV 84,000, mean per buyer 21,000.
      expect(await kpiValues('commerce.gmv', facts, ask)).toEqual([84_000]);
      expect(await kpiValues('commerce.repurchase_rate', facts, ask)).toEqual([2 / 4]);
      expect(await kpiValues('commerce.high_value_share', facts, ask)).toEqual([1 / 4]);
      expect(await kpiValues('commerce.aov', facts, ask)).toEqual([84_000 / 6]);
      expect(await kpiValues('commerce.subscription_share', facts, ask)).toEqual([14_000 / 84_000]);
      // February had 10,000: March is 8.4 times that, growth 7.4.
      expect((await kpiValues('commerce.revenue_growth', facts, ask))[0]).toBeCloseTo(84_000 / 10_000 - 1, 12);
      expect(await kpiValues('commerce.revenue_growth', facts, { tenantId: tenant, from: '2025-02-01', to: '2025-02-28', granularity: 'MONTH' })).toEqual([null]);
    });

    it('should set buyers and revenue against the community’s active members', async () => {
      const tenant = aTenantId();
      const active = members(8);
      const facts = new EventLogFactSource([
        ...campaign(spring, {}, 'promotion', tenant),
        ...active.map((memberId) => aMemberActivity({ tenantId: tenant, communityId: north, memberId, at: '2025-03-08T08:00:00Z', kind: 'comment' })),
        ...aConversion({ tenantId: tenant, memberId: active[0]!, amountMinor: 12_000, campaignId: spring, at: '2025-03-09T08:00:00Z' }).events,
        ...aConversion({ tenantId: tenant, memberId: active[1]!, amountMinor: 4_000, campaignId: spring, at: '2025-03-09T08:00:00Z' }).events,
      ]);
      expect(await kpiValues('commerce.user_value_conversion', facts, { tenantId: tenant, ...march })).toEqual([2 / 8]);
      expect(await kpiValues('commerce.monetisation_efficiency', facts, { tenantId: tenant, ...march })).toEqual([16_000 / 8]);
    });
  });

  describe('campaign participation and goals', () => {
    it('should rate participation against the audience of the campaign’s communities, count reach and heat', async () => {
      const tenant = aTenantId();
      const [northMembers, southMembers] = [members(10), members(20)];
      const joinedCampaign = [...northMembers.slice(0, 5).map((memberId) => ({ memberId, communityId: north })), ...southMembers.slice(0, 5).map((memberId) => ({ memberId, communityId: south }))];
      const facts = new EventLogFactSource([
        aCampaignCreated({ tenantId: tenant, campaignId: spring, at: '2025-02-20T08:00:00Z', ...marchPlan, targets: [{ metric: 'participants', value: 20 }, { metric: 'check_ins', value: 5 }] }),
        ...northMembers.map((memberId) => aMemberJoined({ tenantId: tenant, communityId: north, memberId, at: '2025-01-05T08:00:00Z' })),
        ...southMembers.map((memberId) => aMemberJoined({ tenantId: tenant, communityId: south, memberId, at: '2025-01-05T08:00:00Z' })),
        ...joinedCampaign.map(({ memberId, communityId }) => aCampaignJoined({ tenantId: tenant, campaignId: spring, communityId, memberId, at: '2025-03-02T08:00:00Z' })),
        ...northMembers.slice(0, 3).map((memberId) => aCheckIn({ tenantId: tenant, campaignId: spring, memberId, at: '2025-03-03T08:00:00Z' })),
        aCouponClaimed({ tenantId: tenant, campaignId: spring, memberId: southMembers[0]!, at: '2025-03-04T08:00:00Z' }),
      ]);
      const ask = (filter: object) => ({ tenantId: tenant, ...march, ...filter });
      expect(await kpiValues('campaign.exposure', facts, ask({}))).toEqual([30]);
      expect(await kpiValues('campaign.participation_rate', facts, ask({}))).toEqual([10 / 30]);
      expect(await kpiValues('campaign.participation_rate', facts, ask({ communityId: north }))).toEqual([5 / 10]);
      // 10 joins, 3 check-ins and a coupon claim; the claim belongs to the community its member joined through.
      expect(await kpiValues('campaign.heat', facts, ask({}))).toEqual([14]);
      expect(await kpiValues('campaign.heat', facts, ask({ communityId: south }))).toEqual([6]);
      // Participants 10 of 20 and check-ins 3 of 5: (0.5 + 0.6) ÷ 2.
      expect((await kpiValues('campaign.goal_attainment', facts, ask({ campaignId: spring })))[0]).toBeCloseTo((10 / 20 + 3 / 5) / 2, 12);
      expect(await kpiValues('campaign.goal_attainment', facts, { tenantId: tenant, from: '2025-05-01', to: '2025-05-31', granularity: 'MONTH' })).toEqual([null]);
    });

    it('should measure GMV, conversion, referral and new-member targets up to each period’s end, as planned by asOf', async () => {
      const tenant = aTenantId();
      const plan = { ...marchPlan, communityIds: [north], startsAt: '2025-03-01T00:00:00Z', endsAt: '2025-04-30T00:00:00Z' };
      const referred = members(3);
      const facts = new EventLogFactSource([
        aCampaignCreated({ tenantId: tenant, campaignId: spring, at: '2025-02-20T08:00:00Z', ...plan, targets: [{ metric: 'gmv', value: 100_000 }] }),
        aCampaignRevised({ tenantId: tenant, campaignId: spring, at: '2025-02-25T08:00:00Z', ...plan, targets: [{ metric: 'gmv', value: 50_000 }, { metric: 'referrals', value: 6 }, { metric: 'new_members', value: 4 }] }),
        ...referred.map((memberId) => aCampaignJoined({ tenantId: tenant, campaignId: spring, communityId: north, memberId, referralCode: 'REF-ANN', at: '2025-03-03T08:00:00Z' })),
        ...referred.map((memberId) => aMemberAcquired({ tenantId: tenant, campaignId: spring, communityId: north, memberId, at: '2025-03-03T08:00:00Z' })),
        ...aConversion({ tenantId: tenant, memberId: referred[0]!, amountMinor: 25_000, campaignId: spring, at: '2025-03-10T08:00:00Z' }).events,
        ...aConversion({ tenantId: tenant, memberId: referred[1]!, amountMinor: 25_000, campaignId: spring, at: '2025-04-10T08:00:00Z' }).events,
      ]);
      const months = { tenantId: tenant, from: '2025-03-01', to: '2025-04-30', granularity: 'MONTH' as const, campaignId: spring };
      const [marchValue, aprilValue] = await kpiValues('campaign.goal_attainment', facts, months);
      // March: GMV 25,000 of 50,000, referrals 3 of 6, new members 3 of 4; April adds 25,000 GMV.
      expect(marchValue).toBeCloseTo((0.5 + 0.5 + 0.75) / 3, 12);
      expect(aprilValue).toBeCloseTo((1 + 0.5 + 0.75) / 3, 12);
      // Before the revision the only target was 100,000 GMV.
      const [beforeRevision] = await kpiValues('campaign.goal_attainment', facts, { ...months, asOf: new Date('2025-02-21T00:00:00Z') });
      expect(beforeRevision).toBe(0);
    });
  });

  describe('budgets', () => {
    it('should split budgets by category, cost regions at their multiplier and divide cost by the members acquired', async () => {
      const tenant = aTenantId();
      const [tierOne, local] = [randomUUID(), randomUUID()];
      const budget = { platform: 35_000_00, content: 40_000_00, event: 25_000_00 };
      const facts = new EventLogFactSource([
        aCampaignCreated({ tenantId: tenant, campaignId: tierOne, at: '2025-02-20T08:00:00Z', ...marchPlan, budget, reserveMinor: 10_000_00, regionalMultipliers: [{ region: 'tier1', percent: 150 }] }),
        aCampaignStarted({ tenantId: tenant, campaignId: tierOne, at: '2025-03-01T00:00:00Z' }),
        aCampaignCreated({ tenantId: tenant, campaignId: local, at: '2025-02-20T08:00:00Z', ...marchPlan, communityIds: [north], budget: { content: 20_000_00 } }),
        aCampaignStarted({ tenantId: tenant, campaignId: local, at: '2025-03-01T00:00:00Z' }),
        // A draft never scheduled spends nothing.
        aCampaignCreated({ tenantId: tenant, campaignId: randomUUID(), at: '2025-02-20T08:00:00Z', ...marchPlan, budget: { platform: 99_000_00 } }),
        ...members(50).map((memberId) => aMemberAcquired({ tenantId: tenant, campaignId: tierOne, communityId: south, memberId, at: '2025-03-05T08:00:00Z' })),
      ]);
      const ask = (filter: object) => ({ tenantId: tenant, ...march, ...filter });
      expect(await kpiValues('budget.share_platform', facts, ask({ campaignId: tierOne }))).toEqual([0.35]);
      expect(await kpiValues('budget.share_content', facts, ask({ campaignId: tierOne }))).toEqual([0.4]);
      // Tenant-wide: content 40,000 + 20,000 of 120,000 yuan.
      expect(await kpiValues('budget.share_content', facts, ask({}))).toEqual([60_000_00 / 120_000_00]);
      // The tier-1 campaign costs 1.5 × its 100,000 yuan lines (the reserve is not spent); half of it is north's.
      expect(await kpiValues('budget.operating_cost', facts, ask({ campaignId: tierOne }))).toEqual([150_000_00]);
      expect(await kpiValues('budget.operating_cost', facts, ask({ communityId: north }))).toEqual([75_000_00 + 20_000_00]);
      expect(await kpiValues('budget.acquisition_cost', facts, ask({ campaignId: tierOne }))).toEqual([150_000_00 / 50]);
      expect(await kpiValues('budget.acquisition_cost', facts, ask({ campaignId: local }))).toEqual([null]);
    });
  });

  describe('filters', () => {
    it('should refuse a campaign or channel filter on a KPI without that dimension, and an unknown channel', async () => {
      const facts = new EventLogFactSource([]);
      await expect(kpiValues('members.total', facts, { tenantId, from: '2025-03-01', to: '2025-03-01', campaignId: spring })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(kpiValues('campaign.exposure', facts, { tenantId, from: '2025-03-01', to: '2025-03-01', channel: 'kol' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(kpiValues('commerce.gmv', facts, { tenantId, from: '2025-03-01', to: '2025-03-01', channel: 'carrier_pigeon' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(kpiValues('commerce.gmv', facts, { tenantId, from: '2025-03-01', to: '2025-03-01', platform: 'wecom' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });
});
