import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { CampaignCheckedInV1, CampaignJoinedV1, GiftShippedV1, RewardGrantedV1, type GrantedReward } from '@groundswell/events';
import { toPartnerCampaignActivity } from './partner-campaign-activity.mapping';

const schemasDirectory = path.resolve(__dirname, '../../../../libs/events/schemas/partner');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const committedSchema = (name: string) => JSON.parse(readFileSync(path.join(schemasDirectory, name, 'v1.json'), 'utf8'));
const validators = { CampaignJoined: ajv.compile(committedSchema('CampaignJoined')), RewardGranted: ajv.compile(committedSchema('RewardGranted')) };

const campaignId = randomUUID();
const memberId = randomUUID();
const grantId = randomUUID();
const metadata = (subject: string) => ({ subject, tenantid: 'tenant-a', streamversion: 1, time: '2026-12-03T02:00:00.000Z' });

const joined = (referralCode: string | null, channel: 'kol' | null = 'kol') =>
  CampaignJoinedV1.create({ campaignId, memberId, communityId: randomUUID(), channel, referralCode, joinedAt: '2026-12-03T10:00:00+08:00' }, metadata(`participation-${campaignId}-${memberId}`));

const granted = (reward: GrantedReward, reason: Parameters<typeof RewardGrantedV1.create>[0]['reason'] = { kind: 'operator', note: '张三 13800000000 上海市浦东新区世纪大道100号' }) =>
  RewardGrantedV1.create({ grantId, campaignId, memberId, reward, reason, grantedBy: 'user:operator-7', grantedAt: '2026-12-03T12:00:00+08:00' }, metadata(`reward-grant-${grantId}`));

describe(toPartnerCampaignActivity.name, () => {
  it('should tell partners a member joined a campaign, keyed by the member, without the referral code or community', () => {
    const partner = toPartnerCampaignActivity(joined('REF-LI-42'));
    expect(partner).toEqual({
      type: 'groundswell.partner.CampaignJoined.v1',
      key: memberId,
      data: { campaignId, memberId, channel: 'kol', referred: true, joinedAt: '2026-12-03T10:00:00+08:00' },
    });
    expect(validators.CampaignJoined(partner!.data)).toBe(true);
  });

  it('should say a member came unreferred through an unknown channel', () => {
    const partner = toPartnerCampaignActivity(joined(null, null));
    expect(partner?.data).toMatchObject({ referred: false, channel: null });
    expect(validators.CampaignJoined(partner!.data)).toBe(true);
  });

  it.each<[string, GrantedReward, Record<string, unknown>]>([
    ['points', { kind: 'points', points: 30 }, { kind: 'points', points: 30 }],
    ['badge', { kind: 'badge', badgeId: 'early-bird' }, { kind: 'badge', badgeId: 'early-bird' }],
    ['coupon', { kind: 'coupon', batchId: 'batch-618', couponId: randomUUID() }, { kind: 'coupon', batchId: 'batch-618' }],
    ['gift', { kind: 'gift', item: '定制保温杯' }, { kind: 'gift', item: '定制保温杯' }],
  ])('should tell partners of a %s reward what was granted and nothing more: no coupon id, operator or note', (_kind, reward, partnerReward) => {
    const partner = toPartnerCampaignActivity(granted(reward));
    expect(partner).toEqual({
      type: 'groundswell.partner.RewardGranted.v1',
      key: memberId,
      data: { grantId, campaignId, memberId, reward: partnerReward, reason: 'operator', grantedAt: '2026-12-03T12:00:00+08:00' },
    });
    expect({ valid: validators.RewardGranted(partner!.data), errors: validators.RewardGranted.errors ?? null }).toEqual({ valid: true, errors: null });
    expect(JSON.stringify(partner!.data)).not.toMatch(/13800000000|浦东|张三|operator-7/);
  });

  it('should name a threshold reward\'s reason without the invites that reached it', () => {
    expect(toPartnerCampaignActivity(granted({ kind: 'points', points: 100 }, { kind: 'referral_threshold', invites: 3 }))?.data).toMatchObject({ reason: 'referral_threshold' });
  });

  it('should not tell partners of check-ins or of a gift\'s shipment (carrier and tracking number stay inside)', () => {
    const checkedIn = CampaignCheckedInV1.create({ campaignId, memberId, day: '2026-12-03', streak: 1, checkedInAt: '2026-12-03T10:00:00+08:00' }, metadata(`participation-${campaignId}-${memberId}`));
    const shipped = GiftShippedV1.create(
      { grantId, campaignId, memberId, carrier: '顺丰', trackingNumber: 'SF1234567890', shippedBy: 'user:operator-7', shippedAt: '2026-12-04T10:00:00+08:00' },
      metadata(`reward-grant-${grantId}`),
    );
    expect([toPartnerCampaignActivity(checkedIn), toPartnerCampaignActivity(shipped)]).toEqual([undefined, undefined]);
  });
});
