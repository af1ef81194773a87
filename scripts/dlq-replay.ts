// `npm run dlq:replay -- <consumer-group>`: publishes the group's dead letters back to their original
// topics (after the handler was fixed). Environment: KAFKA_BROKERS (127.0.0.1:9092), GROUNDSWELL_ENV (the deployment namespace).
import { registerHooks } from 'node:module';

// The library's own imports are extensionless, as the SWC build needs (it would keep a `.ts`
// extension in the compiled require()); Node running the sources directly needs the extension.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

// kafkajs 2.2.4 schedules a negative setTimeout on every connection (tulios/kafkajs#1751, harmless),
// and the library's sources sit outside this folder's "type": "module"; keep the output to the point.
const quietWarnings = new Set(['TimeoutNegativeWarning', 'MODULE_TYPELESS_PACKAGE_JSON']);
const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const options = rest[0] as string | { type?: string; code?: string } | undefined;
  const kind = typeof warning === 'object' ? warning.name : typeof options === 'string' ? options : options?.type;
  const code = typeof options === 'object' ? options.code : typeof rest[1] === 'string' ? rest[1] : undefined;
  if (quietWarnings.has(kind ?? '') || quietWarnings.has(code ?? '')) return;
  emitWarning(warning, ...rest);
}) as typeof process.emitWarning;

async function main(groupId: string | undefined): Promise<number> {
  if (!groupId || groupId.startsWith('-')) {
    console.error('usage: npm run dlq:replay -- <consumer-group>');
    return 2;
  }
  const { createKafkaClient } = await import('../libs/messaging/src/kafka/kafka-client.ts');
  const { replayDeadLetters } = await import('../libs/messaging/src/dead-letters/replay-dead-letters.ts');
  // stdout gets the result; stderr only what needs attention.
  const log = (level: string, message: string) => {
    if (level === 'error' || level === 'warn') console.error(`${level}: ${message}`);
  };
  const kafka = createKafkaClient({
    clientId: 'groundswell-dlq-replay',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    namespace: process.env.GROUNDSWELL_ENV,
    logLevel: 'error',
    log,
  });
  try {
    const { replayed, skipped } = await replayDeadLetters({ kafka, groupId, log });
    console.log(`replayed=${replayed} skipped=${skipped} from ${groupId}.dlq`);
    return 0;
  } catch (error) {
    console.error(`dlq:replay failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

main(process.argv[2]).then((code) => {
  process.exitCode = code;
});
