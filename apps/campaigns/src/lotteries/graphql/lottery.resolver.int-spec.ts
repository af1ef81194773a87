import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { seedCommitment } from '../lottery-draw';
import { LotteriesModule } from '../lotteries.module';
import { campaignsGraphql, errorCode } from '../../testing/campaigns-graphql';
import { aCampaignManager, hoursFromNow } from '../../testing/running-campaign';

const createLottery = `mutation($input: CreateLotteryInput!, $key: String) { createLottery(input: $input, idempotencyKey: $key) { lottery { id status seedCommitment prizes { prizeId quantity } } } }`;
const enterLottery = `mutation($input: EnterLotteryInput!, $key: String) { enterLottery(input: $input, idempotencyKey: $key) { lottery { entrantCount } } }`;
const closeEntries = `mutation($id: ID!) { closeLotteryEntries(lotteryId: $id) { lottery { status entriesDigest } } }`;
const drawLottery = `mutation($input: DrawLotteryInput!) { drawLottery(input: $input) { lottery { status seed winners { rank prizeId memberId } } } }`;
const drawExport = `query($id: ID!) {
  lotteryDrawExport(lotteryId: $id) { lotteryId algorithm seedCommitment seed entriesDigest prizes { prizeId name quantity } entries winners { rank prizeId memberId } }
}`;
const lotteries = `query($campaignId: ID) { lotteries(campaignId: $campaignId, first: 5) { totalCount edges { node { id entrantCount } } } }`;

const repository = path.resolve(__dirname, '../../../../..');

describe('lotteries GraphQL', () => {
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const manager = aCampaignManager(tenant);
  // Reads campaigns but does not manage them; analysts read aggregates only (through analytics).
  const reader = { sub: 'u-community', tenant, roles: ['community_manager'] };
  const analyst = { sub: 'u-analyst', tenant, roles: ['analyst'] };

  const { execute, data, aRunningCampaign: aRunning } = campaignsGraphql('lottery_graphql', [LotteriesModule], manager);
  const aRunningCampaign = () => aRunning('lottery');

  it('should run a draw that the verification script re-derives from the exported GraphQL answer', async () => {
    const seed = randomBytes(32).toString('hex');
    const campaignId = await aRunningCampaign();
    const input = { campaignId, name: '周年庆抽奖', prizes: [{ name: '一等奖', quantity: 1 }, { name: '二等奖', quantity: 2 }], seedCommitment: seedCommitment(seed), entriesCloseAt: hoursFromNow(2) };
    const key = randomUUID();
    const { lottery } = (await data(createLottery, { input, key })).createLottery;
    expect((await data(createLottery, { input, key })).createLottery.lottery.id).toBe(lottery.id);
    expect(lottery).toMatchObject({ status: 'open', seedCommitment: seedCommitment(seed), prizes: [{ prizeId: 'prize-1', quantity: 1 }, { prizeId: 'prize-2', quantity: 2 }] });

    for (const memberId of ['m-05', 'm-01', 'm-04', 'm-02', 'm-03', 'm-01']) await data(enterLottery, { input: { lotteryId: lottery.id, memberId } });
    expect((await data(lotteries, { campaignId }, reader)).lotteries).toEqual({ totalCount: 1, edges: [{ node: { id: lottery.id, entrantCount: 5 } }] });
    expect(errorCode(await execute(drawLottery, { input: { lotteryId: lottery.id, seed } }))).toBe('CONFLICT');
    expect((await data(closeEntries, { id: lottery.id })).closeLotteryEntries.lottery.status).toBe('closed');
    expect(errorCode(await execute(enterLottery, { input: { lotteryId: lottery.id, memberId: 'm-late' } }))).toBe('CONFLICT');
    expect(errorCode(await execute(drawLottery, { input: { lotteryId: lottery.id, seed: 'a'.repeat(64) } }))).toBe('BAD_USER_INPUT');
    const drawn = (await data(drawLottery, { input: { lotteryId: lottery.id, seed } })).drawLottery.lottery;
    expect(drawn.winners).toHaveLength(3);

    const exported = await execute(drawExport, { id: lottery.id }, reader);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lottery-')), 'draw.json');
    writeFileSync(file, JSON.stringify(exported));
    const script = path.join(repository, 'apps/campaigns/scripts/verify-lottery.ts');
    const { stdout } = await promisify(execFile)(path.join(repository, 'node_modules/.bin/node'), ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', script, file]);
    expect(stdout).toContain('ok   the published winners are the ones the seed and the sorted entries give');
    expect(stdout).not.toContain('FAIL');
  });

  it('should let a reader read but not write, keep member ids from analysts, and answer client mistakes with stable codes', async () => {
    const input = { campaignId: await aRunningCampaign(), name: '抽奖', prizes: [{ name: '奖', quantity: 1 }], seedCommitment: 'not-a-digest', entriesCloseAt: hoursFromNow(2) };
    expect(errorCode(await execute(createLottery, { input }, reader))).toBe('FORBIDDEN');
    expect(errorCode(await execute(drawExport, { id: randomUUID() }, analyst))).toBe('FORBIDDEN');
    expect(errorCode(await execute(createLottery, { input }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await execute(createLottery, { input: { ...input, campaignId: randomUUID(), seedCommitment: seedCommitment('x') } }))).toBe('NOT_FOUND');
    expect(errorCode(await execute(enterLottery, { input: { lotteryId: randomUUID(), memberId: 'm-1' } }))).toBe('NOT_FOUND');
    expect((await data(drawExport, { id: randomUUID() }, reader)).lotteryDrawExport).toBeNull();
  });
});
