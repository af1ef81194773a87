// The Kafka runtime: Java, and Apache's jars from Maven Central (deploy/local/pom.xml).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lastLines, readText } from './files.ts';
import type { Paths } from './paths.ts';
import { run, which } from './processes.ts';

export function javaBin(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

export async function checkJava(): Promise<void> {
  const r = await run(javaBin(), ['-version'], { timeoutMs: 30_000 });
  if (r.error) {
    throw new Error(
      'Java 17 or newer is needed to run Kafka and was not found; install it with `apt-get install openjdk-17-jre-headless` (or set JAVA_HOME).',
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.output);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major && major < 17) {
    throw new Error(`Kafka 4 needs Java 17 or newer but \`${javaBin()}\` is Java ${major}; install openjdk-17-jre-headless or set JAVA_HOME.`);
  }
}

/** Fetches the Kafka runtime jars with Maven once; reuses them while deploy/local/pom.xml is unchanged. */
export async function ensureJars(p: Paths, log: (l: string) => void): Promise<void> {
  const pomHash = createHash('sha256').update(fs.readFileSync(p.pom)).digest('hex');
  const hasJars = (): boolean => {
    try {
      return fs.readdirSync(p.libs).some((f) => f.startsWith('kafka_2.13-'));
    } catch {
      return false;
    }
  };
  if ((readText(p.libsStamp) || '').trim() === pomHash && hasJars()) return;
  if (!which('mvn')) {
    throw new Error(
      'Maven (mvn) is needed once to fetch the Kafka jars from Maven Central and was not found; install it with `apt-get install maven`.',
    );
  }
  log('kafka      fetching Kafka jars with Maven (first run only)...');
  fs.rmSync(p.libs, { recursive: true, force: true });
  fs.rmSync(p.libsStamp, { force: true });
  fs.mkdirSync(p.libs, { recursive: true });
  const r = await run(
    'mvn',
    ['-q', '-B', '-f', p.pom, 'dependency:copy-dependencies', `-DoutputDirectory=${p.libs}`],
    { cwd: p.root, timeoutMs: 10 * 60_000 },
  );
  if (r.code !== 0 || !hasJars()) {
    throw new Error(`Maven could not fetch the Kafka jars (exit ${r.code}):\n${lastLines(r.output, 30)}`);
  }
  fs.writeFileSync(p.libsStamp, `${pomHash}\n`);
}
