import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBackupDrill } from '@groundswell/event-store';
import { anOperator, membersTestWorld } from '../shared/testing/members-test-world';
import { membersBackup } from './members-backup';

describe('members backup and restore drill', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gs-members-drill-'));
  let drop: (() => Promise<void>) | undefined;

  afterAll(async () => {
    await drop?.().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  it('should restore the members database identically and rebuild every read model from its event log', async () => {
    const world = await membersTestWorld('members_drill');
    drop = () => world.database.drop();
    const operator = anOperator();
    const community = await world.aCommunity(operator);
    for (let index = 0; index < 5; index += 1) await world.aMember(operator, community);
    await world.aMember(anOperator());
    await world.database.pool.end();

    const report = await runBackupDrill({ databaseUrl: world.database.url, dumpFile: join(folder, 'members.dump'), ...membersBackup });

    expect(report).toMatchObject({ restoreDiffers: [], rebuildDiffers: [], transactionIdsAhead: true });
    expect(report.events).toBeGreaterThanOrEqual(8);
  });
});
