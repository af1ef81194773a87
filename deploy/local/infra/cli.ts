// The command line of deploy/local/infra.ts.
import { down, status, up } from './commands.ts';
import { logs } from './logs.ts';
import type { InfraOptions } from './types.ts';

const USAGE = `usage: node deploy/local/infra.ts <command>

  up            start Kafka, PostgreSQL and Redis unless they already answer (idempotent)
  down          stop what \`up\` started; leave everything else running
  status        one line per server
  logs [-f] [-n N]
                last N (100) lines of the Kafka server log (and Redis log if ours); -f follows

Environment: KAFKA_BROKERS (127.0.0.1:9092), DATABASE_URL or PGHOST/PGPORT/PGUSER/PGPASSWORD
(127.0.0.1:5432, postgres), REDIS_URL (redis://127.0.0.1:6379), KAFKA_HEAP_OPTS, JAVA_HOME.`;

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[], opts: InfraOptions = {}): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'up':
        await up(opts);
        return 0;
      case 'down':
        await down(opts);
        return 0;
      case 'status':
        await status(opts);
        return 0;
      case 'logs': {
        const follow = rest.includes('-f') || rest.includes('--follow');
        const nIdx = rest.findIndex((a) => a === '-n' || a === '--lines');
        const lines = nIdx >= 0 ? Number(rest[nIdx + 1]) || 100 : 100;
        const ac = new AbortController();
        if (follow) {
          process.once('SIGINT', () => ac.abort());
          process.once('SIGTERM', () => ac.abort());
        }
        await logs({ ...opts, lines, follow, signal: ac.signal });
        return 0;
      }
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        console.log(USAGE);
        return cmd === undefined ? 2 : 0;
      default:
        console.error(`unknown command: ${cmd}\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}
