import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Kafka, logLevel } from 'kafkajs';
import { e2eBrokerTopic, eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';
import { postConversionWebhook } from '../testing/conversion-webhook';

interface PartnerRecord {
  tenant: string;
  id: string;
  type: string;
  dataschema: string;
  key: string;
  data: Record<string, unknown>;
}

const schemaBase = 'https://schemas.groundswell.dev/events/';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** Each record's value satisfies its committed JSON Schema and has no field a partner was not promised. */
function expectWithinCommittedSchemas(records: PartnerRecord[]) {
  for (const record of records) {
    const schema = JSON.parse(readFileSync(`libs/events/schemas/${record.dataschema.slice(schemaBase.length)}`, 'utf8'));
    const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
    expect({ type: record.type, valid: validate(record.data), errors: validate.errors ?? null }).toEqual({ type: record.type, valid: true, errors: null });
    expect(Object.keys(record.data).filter((field) => !(field in schema.properties))).toEqual([]);
  }
}

const createCommunity = `mutation { createCommunity(input: { name: "打卡社群", platform: wecom }) { community { id } } }`;
const joinCommunity = `mutation($c: ID!, $name: String!, $phone: String!) { joinCommunity(input: { communityId: $c, channel: "qr-code", displayName: $name, identities: [{ kind: phone, value: $phone }] }) { member { id } } }`;
const recordConsent = `mutation($m: ID!, $d: ConsentDecisionInput!) { recordConsent(memberId: $m, decision: $d) { member { id } } }`;
const createCampaign = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }`;
const scheduleCampaign = `mutation($id: ID!) { scheduleCampaign(id: $id) { campaign { id } } }`;
const campaignStatus = `query($id: ID!) { campaign(id: $id) { status } }`;
const eligibility = `query($c: ID!, $m: ID!) { campaignEligibility(campaignId: $c, memberId: $m) { eligible } }`;
const joinCampaign = `mutation($input: JoinCampaignInput!, $key: String) { joinCampaign(input: $input, idempotencyKey: $key) { participation { campaignId } } }`;
const grantReward = `mutation($input: GrantRewardInput!, $key: String) { grantReward(input: $input, idempotencyKey: $key) { rewardGrant { id } } }`;

describe('conversions from a shop\'s webhook, campaign joins and rewards to the partner topic gs.partner.conversions.v1', () => {
  const run = randomUUID().slice(0, 8);
  const all: PartnerRecord[] = [];
  const receivedBy = (tenant: string) => all.filter((record) => record.tenant === tenant);
  // What a partner writes: plain KafkaJS, its own group, CloudEvents binary mode.
  const consumer = new Kafka({ clientId: 'partner-e2e', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING }).consumer({
    groupId: `partner-conversions-e2e-${randomUUID()}`,
  });

  beforeAll(async () => {
    await consumer.connect();
    await consumer.subscribe({ topic: e2eBrokerTopic('gs.partner.conversions.v1'), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const header = (name: string) => message.headers?.[name]?.toString();
        if (!header('ce_tenantid')?.endsWith(run)) return;
        all.push({
          tenant: header('ce_tenantid')!,
          id: header('ce_id')!,
          type: header('ce_type')!,
          dataschema: header('ce_dataschema')!,
          key: message.key!.toString(),
          data: JSON.parse(message.value!.toString()),
        });
      },
    });
  });

  afterAll(async () => {
    await consumer.disconnect();
  });

  it('should record orders and refunds once per id, and give a partner each conversion, its attribution and its refund within the committed schemas', async () => {
    const tenant = `e2e-conversions-${run}`;
    const owner = expectingSuccess(await gatewayClient(tenant));
    const apiKey = (
      await owner(`mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret } }`, { input: { name: '京东店铺订单同步', permissions: ['conversions:record'] } })
    ).issueApiKey.secret as string;
    const received = () => receivedBy(tenant);
    const order = { externalOrderId: `jd-${randomUUID().slice(0, 8)}`, kind: 'purchase', memberId: randomUUID(), amountMinor: 12_900, currency: 'CNY', occurredAt: new Date().toISOString() };
    const body = { conversions: [order], refunds: [{ externalOrderId: order.externalOrderId, refundReference: 'rf-1', amountMinor: 2_900 }] };
    const [first, retried] = [await postConversionWebhook(body, apiKey), await postConversionWebhook(body, apiKey)];
    expect([first.status, retried.status]).toEqual([200, 200]);
    expect(retried.json).toEqual(first.json);
    const refused = await postConversionWebhook({ conversions: [{ ...order, externalOrderId: 'jd-other', currency: 'rmb' }] }, apiKey);
    expect([refused.status, refused.json.code, refused.json.details.problems[0].path]).toEqual([400, 'BAD_USER_INPUT', 'conversions.0.currency']);

    await eventually(() => expect(received().map((record) => record.type)).toContain('groundswell.partner.ConversionReversed.v1'), 60_000, 500);
    // One record per fact, though the shop sent everything twice; one attribution per model.
    expect(received().map((record) => record.type)).toEqual([
      'groundswell.partner.ConversionRecorded.v1',
      ...Array(3).fill('groundswell.partner.ConversionAttributed.v1'),
      'groundswell.partner.ConversionReversed.v1',
    ]);
    expect(received().filter((record) => record.type.endsWith('ConversionAttributed.v1')).map((record) => record.data.model)).toEqual(['last_touch', 'first_touch', 'linear']);
    expect(received().find((record) => record.type.endsWith('ConversionRecorded.v1'))!.data).toMatchObject({ externalOrderId: order.externalOrderId, amountMinor: 12_900, memberId: order.memberId });
    expect(received().find((record) => record.type.endsWith('ConversionReversed.v1'))!.data).toMatchObject({ refundReference: 'rf-1', amountMinor: 2_900 });

    expectWithinCommittedSchemas(received());
    for (const record of received()) expect(record.key).toBe(record.data.conversionId);
  });

  it('should give a partner the campaign join and reward of a member who consents to partner sharing, once each though both were retried, keyed by the member and within the committed schemas', async () => {
    const tenant = `e2e-partner-activity-${run}`;
    const ok = expectingSuccess(await gatewayClient(tenant));
    const communityId = (await ok(createCommunity)).createCommunity.community.id;
    const consent = (memberId: string, purpose: string) =>
      ok(recordConsent, { m: memberId, d: { purpose, granted: true, source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: new Date().toISOString() } });
    const sharing = (await ok(joinCommunity, { c: communityId, name: '小王', phone: '13700000077' })).joinCommunity.member.id;
    const keepsToThemself = (await ok(joinCommunity, { c: communityId, name: '小赵', phone: '13700000078' })).joinCommunity.member.id;
    // Partner sharing first: by the time campaigns knows the marketing consent, it knows this one.
    await consent(sharing, 'partner_sharing');
    await consent(sharing, 'marketing_messages');
    await consent(keepsToThemself, 'marketing_messages');
    const plan = {
      name: '7天打卡',
      goal: { objective: 'loyalty', targets: [{ metric: 'check_ins', value: 100 }] },
      communityIds: [communityId],
      schedule: { startsAt: new Date(Date.now() + 2_000).toISOString(), endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), timeZone: 'Asia/Shanghai' },
      channels: ['kol'],
    };
    const campaignId = (await ok(createCampaign, { input: { kind: 'check_in', plan } })).createCampaign.campaign.id;
    await ok(scheduleCampaign, { id: campaignId });
    await eventually(async () => expect((await ok(campaignStatus, { id: campaignId })).campaign.status).toBe('running'), 60_000, 1_000);
    for (const memberId of [keepsToThemself, sharing]) {
      await eventually(async () => expect((await ok(eligibility, { c: campaignId, m: memberId })).campaignEligibility.eligible).toBe(true), 60_000, 500);
    }

    // The note is for operators only: it never reaches a partner.
    const gift = { kind: 'gift', item: '定制保温杯' };
    const note = '寄到 上海市浦东新区世纪大道100号 小王 13700000077';
    const grantIds: Record<string, string[]> = {};
    for (const memberId of [keepsToThemself, sharing]) {
      const [joinKey, grantKey] = [randomUUID(), randomUUID()];
      for (let attempt = 0; attempt < 2; attempt++) await ok(joinCampaign, { input: { campaignId, memberId, channel: 'kol' }, key: joinKey });
      for (let attempt = 0; attempt < 2; attempt++) {
        (grantIds[memberId] ??= []).push((await ok(grantReward, { input: { campaignId, memberId, reward: gift, note }, key: grantKey })).grantReward.rewardGrant.id);
      }
    }
    expect(new Set(grantIds[sharing]).size).toBe(1);

    const types = () => receivedBy(tenant).map((record) => record.type).sort();
    await eventually(() => expect(types()).toEqual(expect.arrayContaining(['groundswell.partner.CampaignJoined.v1', 'groundswell.partner.RewardGranted.v1'])), 60_000, 500);
    const received = receivedBy(tenant);
    // Once each, though the join and the grant were each sent twice; nothing of the member who did not consent.
    expect(types()).toEqual(['groundswell.partner.CampaignJoined.v1', 'groundswell.partner.RewardGranted.v1']);
    expect(new Set(received.map((record) => record.id)).size).toBe(2);
    expect(received.find((record) => record.type.endsWith('CampaignJoined.v1'))!.data).toEqual({ campaignId, memberId: sharing, channel: 'kol', referred: false, joinedAt: expect.any(String) });
    expect(received.find((record) => record.type.endsWith('RewardGranted.v1'))!.data).toEqual({
      grantId: grantIds[sharing]![0],
      campaignId,
      memberId: sharing,
      reward: gift,
      reason: 'operator',
      grantedAt: expect.any(String),
    });
    expectWithinCommittedSchemas(received);
    for (const record of received) expect(record.key).toBe(sharing);
  });
});
