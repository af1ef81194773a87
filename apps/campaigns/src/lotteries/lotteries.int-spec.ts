import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EventStore } from '@groundswell/event-store';
import { freshDatabase } from '@groundswell/test-kit';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { aCampaignManager as anOperator, aRunningCampaign as runningCampaign, hoursFromNow } from '../testing/running-campaign';
import { seedCommitment } from './lottery-draw';
import { lotteryProjections } from './lottery.projection';
import { LotteryQueries, type LotteryDrawExport } from './lottery.queries';
import { CloseLotteryEntriesUseCase } from './use-cases/close-lottery-entries.use-case';
import { CreateLotteryUseCase } from './use-cases/create-lottery.use-case';
import { DrawLotteryUseCase } from './use-cases/draw-lottery.use-case';
import { EnterLotteryUseCase } from './use-cases/enter-lottery.use-case';

const repository = path.resolve(__dirname, '../../../..');

/** Runs the documented verification script the way anyone would: Node on the exported JSON. */
async function verify(draw: LotteryDrawExport): Promise<{ code: number; stdout: string }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lottery-')), 'draw.json');
  writeFileSync(file, JSON.stringify({ data: { lotteryDrawExport: draw } }));
  const node = path.join(repository, 'node_modules/.bin/node');
  const script = path.join(repository, 'apps/campaigns/scripts/verify-lottery.ts');
  try {
    const { stdout } = await promisify(execFile)(node, ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', script, file], { cwd: repository });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('lotteries', () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('lotteries'));
  let create: CreateLotteryUseCase;
  let enter: EnterLotteryUseCase;
  let close: CloseLotteryEntriesUseCase;
  let draw: DrawLotteryUseCase;
  let queries: LotteryQueries;
  let tenant: string;

  const aRunningCampaign = () => runningCampaign(database, anOperator(tenant), 'lottery');

  async function aLottery(seed: string, prizes: { name: string; quantity: number }[]): Promise<string> {
    const terms = { campaignId: await aRunningCampaign(), name: '年终抽奖', prizes, seedCommitment: seedCommitment(seed), entriesCloseAt: hoursFromNow(24).toISOString() };
    return create.execute(anOperator(tenant), terms);
  }

  beforeEach(() => {
    const store = new EventStore(database.pool, lotteryProjections);
    [create, enter, close, draw, queries] = [
      new CreateLotteryUseCase(store),
      new EnterLotteryUseCase(store),
      new CloseLotteryEntriesUseCase(store),
      new DrawLotteryUseCase(store),
      new LotteryQueries(database.pool),
    ];
    tenant = `tenant-${randomUUID().slice(0, 8)}`;
  });

  it('should publish winners that the verification script re-derives from the revealed seed, and refuse entries after close', async () => {
    const seed = randomBytes(32).toString('hex');
    const lotteryId = await aLottery(seed, [{ name: '一等奖', quantity: 1 }, { name: '二等奖', quantity: 2 }]);
    const members = Array.from({ length: 40 }, (_, index) => `member-${String(index).padStart(2, '0')}`);
    await Promise.all(members.map((memberId) => enter.execute(anOperator(tenant), { lotteryId, memberId })));
    await enter.execute(anOperator(tenant), { lotteryId, memberId: 'member-07' });
    await close.execute(anOperator(tenant), lotteryId);

    await expect(enter.execute(anOperator(tenant), { lotteryId, memberId: 'member-late' })).rejects.toMatchObject({ code: 'LOTTERY_ENTRIES_CLOSED', category: 'CONFLICT' });
    await expect(draw.execute(anOperator(tenant), { lotteryId, seed: randomBytes(32).toString('hex') })).rejects.toMatchObject({ code: 'SEED_MISMATCH' });
    await draw.execute(anOperator(tenant), { lotteryId, seed });

    const exported = (await queries.drawExport(tenant, lotteryId))!;
    expect(exported.entries).toEqual(members);
    expect(exported.winners).toHaveLength(3);
    const verified = await verify(exported);
    expect(verified.code).toBe(0);
    for (const winner of exported.winners) expect(verified.stdout).toContain(`${winner.rank}. ${winner.prizeId} → ${winner.memberId}`);

    // A tampered list of winners is caught.
    const others = members.filter((memberId) => !exported.winners.some((winner) => winner.memberId === memberId));
    const tampered = { ...exported, winners: exported.winners.map((winner, index) => (index === 0 ? { ...winner, memberId: others[0]! } : winner)) };
    expect((await verify(tampered)).code).toBe(1);
  });

  it('should draw no more winners than prizes, nor than entrants', async () => {
    const seed = randomBytes(32).toString('hex');
    const lotteryId = await aLottery(seed, [{ name: '一等奖', quantity: 1 }, { name: '纪念品', quantity: 4 }]);
    for (const memberId of ['member-a', 'member-b', 'member-c']) await enter.execute(anOperator(tenant), { lotteryId, memberId });
    await close.execute(anOperator(tenant), lotteryId);
    await draw.execute(anOperator(tenant), { lotteryId, seed });

    const lottery = (await queries.lottery(tenant, lotteryId))!;
    expect(lottery).toMatchObject({ status: 'drawn', entrantCount: 3, seed });
    expect(lottery.winners!.map((winner) => winner.memberId).sort()).toEqual(['member-a', 'member-b', 'member-c']);
    const drawnEvents = await database.pool.query(`SELECT count(*)::int AS n FROM events WHERE tenant_id = $1 AND event_type = 'groundswell.campaigns.LotteryDrawn.v1'`, [tenant]);
    expect(drawnEvents.rows[0].n).toBe(1);
    await expect(draw.execute(anOperator(tenant), { lotteryId, seed })).rejects.toMatchObject({ code: 'LOTTERY_ALREADY_DRAWN' });

    const crowded = await aLottery(seed, [{ name: '一等奖', quantity: 2 }]);
    for (const memberId of ['m-1', 'm-2', 'm-3', 'm-4', 'm-5']) await enter.execute(anOperator(tenant), { lotteryId: crowded, memberId });
    await close.execute(anOperator(tenant), crowded);
    await draw.execute(anOperator(tenant), { lotteryId: crowded, seed });
    expect((await queries.lottery(tenant, crowded))!.winners).toHaveLength(2);
  });
});
