import { randomUUID } from 'node:crypto';
import { createPool, dropDatabase, ensureDatabase } from './postgres';
import { migrate, sqlMigration } from './migrations';

// Several replicas of a service start at once on a rollout or a scale-up (deploy/k8s): each runs its
// migrations at start, and every migration must still apply exactly once.
describe('migrate with several replicas starting at once', () => {
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/groundswell_migrations_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const replicas = Array.from({ length: 4 }, () => createPool(databaseUrl, 2));

  beforeAll(() => ensureDatabase(databaseUrl));
  afterAll(async () => {
    await Promise.all(replicas.map((pool) => pool.end()));
    await dropDatabase(databaseUrl);
  });

  it('should apply each migration once, in order, while every replica waits for it and then finds it applied', async () => {
    // Neither statement tolerates a second run: a migration applied twice fails the replica that repeats it.
    const migrations = [
      sqlMigration('test/0001-ledger', 'CREATE TABLE ledger (id int PRIMARY KEY)'),
      sqlMigration('test/0002-first-row', 'INSERT INTO ledger (id) VALUES (1)'),
    ];
    const statuses = await Promise.all(replicas.map((pool) => migrate(pool, migrations)));
    expect(statuses.map((status) => status.applied)).toEqual(replicas.map(() => ['test/0001-ledger', 'test/0002-first-row']));
    const { rows } = await replicas[0]!.query<{ count: string }>('SELECT count(*) FROM ledger');
    expect(rows[0]!.count).toBe('1');
  });
});
