import { createPool, migrate } from '@groundswell/service-kit';
import { analyticsService } from '../analytics.service';
import { createProjectionRegistry } from './rebuildable-projections';
import { startRebuild } from './run-rebuild';

const usage = 'usage: npm run analytics:rebuild -- <projection|all>';

/**
 * `npm run analytics:rebuild -- <projection|all>`: rebuilds online, one projection after the other,
 * against DATABASE_URL (the analytics database). Returns the exit code.
 */
export async function runRebuildCli(argument: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const registry = createProjectionRegistry();
  if (!argument || argument.startsWith('-')) {
    console.error(`${usage}\nprojections: ${registry.names().join(', ')}`);
    return 2;
  }
  if (argument !== 'all' && !registry.names().includes(argument)) {
    console.error(`Unknown projection "${argument}"; known: ${registry.names().join(', ')}, or all`);
    return 2;
  }
  const projections = argument === 'all' ? registry.list() : [registry.get(argument)];
  const pool = createPool(env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/groundswell_analytics', 4, 'analytics-rebuild');
  try {
    await migrate(pool, analyticsService.migrations ?? []);
    for (const projection of projections) {
      const started = Date.now();
      const { record, done } = await startRebuild(pool, projection, {
        onProgress: ({ eventsReplayed, upToSeq }) => console.error(`${projection.name}: ${eventsReplayed} events replayed, at ${upToSeq}`),
      });
      const report = await done!;
      const seconds = (Date.now() - started) / 1000;
      console.log(`rebuilt ${report.projection} (${record.rebuildId}): ${report.eventsReplayed} events up to ${report.upToSeq}, ${report.eventsAppliedAtSwap} at the swap, in ${seconds.toFixed(1)} s`);
    }
    return 0;
  } catch (error) {
    console.error(`analytics:rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await pool.end();
  }
}
