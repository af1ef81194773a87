import { Client } from 'pg';

/**
 * Leadership by a session-level advisory lock on a dedicated connection: it is released when the
 * connection ends, so a crashed relay hands over without any timeout. The same connection LISTENs
 * for commit notifications.
 */
export class LeaderLease {
  private client: Client | undefined;
  private lost = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly lockKey: number,
    private readonly channel: string,
    private readonly onNotify: () => void,
  ) {}

  get held(): boolean {
    return this.client !== undefined && !this.lost;
  }

  /** Tries once; true when this process is now the leader. */
  async tryAcquire(): Promise<boolean> {
    await this.release();
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'groundswell-outbox-relay' });
    client.on('error', () => (this.lost = true));
    client.on('end', () => (this.lost = true));
    try {
      await client.connect();
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [this.lockKey]);
      if (!rows[0].locked) {
        await client.end();
        return false;
      }
      client.on('notification', () => this.onNotify());
      await client.query(`LISTEN ${this.channel}`);
      this.client = client;
      this.lost = false;
      return true;
    } catch {
      await client.end().catch(() => undefined);
      return false;
    }
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => undefined);
  }
}
