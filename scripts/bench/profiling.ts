// With BENCH_PROFILE set (`npm run bench -- --profile`), a measured section runs under V8's sampling
// profiler in this process: its .cpuprofile is written to .local/profiles and summarised on the console,
// so a missed target's note can say where the bench process spent the time. PostgreSQL and Kafka are
// other processes: the profile's idle time is this process waiting on them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { printCpuProfileSummary, summarizeCpuProfile, type CpuProfile } from './cpu-profile-summary';

export const profilingRequested = () => Boolean(process.env.BENCH_PROFILE);

const fileNameOf = (label: string) => `${label.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '').slice(0, 80)}.cpuprofile`;

/** Runs `section`; with BENCH_PROFILE set, under the profiler, and prints where its CPU went. */
export async function profiled<T>(label: string, section: () => Promise<T>): Promise<T> {
  if (!profilingRequested()) return section();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await section();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    const directory = resolve('.local/profiles');
    mkdirSync(directory, { recursive: true });
    const file = join(directory, fileNameOf(label));
    writeFileSync(file, JSON.stringify(profile));
    console.log(`\n── profile of ${label} (${file})`);
    printCpuProfileSummary(summarizeCpuProfile(profile as unknown as CpuProfile, 15));
  }
}
