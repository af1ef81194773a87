import { randomUUID } from 'node:crypto';
import { developmentTokenSettings, signDevToken, type Role } from '@groundswell/service-kit';
import { expectingSuccess, gatewayClient } from '@groundswell/test-kit';

const webhookUrl = () => `${process.env.GROUNDSWELL_E2E_GATEWAY!}/webhooks/members/activity`;

async function postWebhook(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(webhookUrl(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any };
}

const bearer = async (tenant: string, roles: Role[]) => ({ authorization: `Bearer ${await signDevToken({ sub: `e2e-${roles[0]}`, tenant, roles }, developmentTokenSettings(process.env))}` });

describe('the activity webhook at the gateway', () => {
  const tenant = `e2e-webhook-${randomUUID().slice(0, 8)}`;
  let communityId: string;
  let memberId: string;

  beforeAll(async () => {
    const owner = expectingSuccess(await gatewayClient(tenant));
    communityId = (await owner('mutation { createCommunity(input: { name: "打卡群", platform: wechat }) { community { id } } }')).createCommunity.community.id;
    const joined = await owner('mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }', {
      input: { communityId, channel: 'qr', identities: [{ kind: 'phone', value: '13500009999' }] },
    });
    memberId = joined.joinCommunity.member.id;
  });

  const batch = (clientEventIds: string[]) => ({
    communityId,
    activities: clientEventIds.map((clientEventId) => ({ memberId, kind: 'check_in', clientEventId, occurredAt: '2026-11-02T08:00:00Z' })),
  });

  it('should refuse a caller without credentials with 401 and UNAUTHENTICATED', async () => {
    const result = await postWebhook(batch(['evt-1']));
    expect(result.status).toBe(401);
    expect(result.json.code).toBe('UNAUTHENTICATED');
  });

  it('should refuse a body that is not a JSON object', async () => {
    const result = await postWebhook([1, 2], await bearer(tenant, ['owner']));
    expect(result.status).toBe(400);
    expect(result.json.code).toBe('BAD_USER_INPUT');
  });

  it('should record a batch through the members service and skip redelivered events', async () => {
    const headers = await bearer(tenant, ['owner']);
    const first = await postWebhook(batch(['evt-1', 'evt-2']), headers);
    expect([first.status, first.json]).toEqual([200, { accepted: 2, duplicates: 0 }]);
    expect(first.headers.get('x-request-id')).toBeTruthy();
    const redelivered = await postWebhook(batch(['evt-2', 'evt-3']), headers);
    expect(redelivered.json).toEqual({ accepted: 1, duplicates: 1 });
  });

  it('should pass on the members service refusing a caller without the permission', async () => {
    const result = await postWebhook(batch(['evt-9']), await bearer(tenant, ['analyst']));
    expect(result.status).toBe(403);
    expect(result.json.code).toBe('FORBIDDEN');
  });
});
