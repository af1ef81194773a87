/**
 * Local infrastructure for Groundswell: Kafka (KRaft, one combined broker/controller node, run from
 * Apache's Maven Central artifacts), PostgreSQL and Redis on loopback. One file per server and
 * concern under ./infra/; this is the public face.
 *
 * Used two ways:
 *  - by the CLI `node deploy/local/infra.ts up|down|status|logs` (Node 24 type stripping, ESM), and
 *  - as a module from jest tests compiled to CommonJS by SWC (integration tests call
 *    `stopKafka()` / `startKafka()` to simulate a broker outage).
 * Hence: erasable TypeScript only (`import type` for types), no top-level await, no import.meta.
 *
 * Everything it creates lives under `<repo>/.local/` (git-ignored):
 *   .local/kafka/libs/          jars fetched once by Maven (stamp: .local/kafka/libs.stamp)
 *   .local/kafka/config/        generated server.properties + log4j2 configs (rewritten on each start)
 *   .local/kafka/data/          KRaft metadata + topic data (delete to reset)
 *   .local/kafka/logs/          server.log (log4j2), kafka.out (JVM stdout/stderr)
 *   .local/kafka/kafka.pid      pid of the broker we started
 *   .local/redis/               data dir, redis.log, redis.pid of a Redis we started
 *   .local/started.json         what `up` started, so `down` stops only that
 *   .local/infra.lock           cross-process lock (two jest workers calling `up` at once)
 */
export { down, kafkaRunning, startKafka, status, stopKafka, up } from './infra/commands.ts';
export { logs } from './infra/logs.ts';
export { main } from './infra/cli.ts';
export type { KafkaHandle, KafkaStopResult } from './infra/kafka.ts';
export type { InfraOptions, LogsOptions, ServiceName, ServiceStatus } from './infra/types.ts';
