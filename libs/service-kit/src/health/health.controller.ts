import { Controller, Get, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthIndicatorFunction } from '@nestjs/terminus';
import { pingKafka, type KafkaClient } from '@groundswell/messaging';
import type { Pool } from 'pg';
import { PG_POOL } from '../database/postgres';
import { KAFKA_CLIENT } from '../kafka/kafka.module';
import { REDIS_CLIENT, type RedisClient } from '../redis/redis.module';
import { ServiceRuntime } from '../lifecycle/service-runtime';
import { READINESS_REPORT, type ReadinessReport } from './readiness-report';

const CHECK_TIMEOUT_MS = 3_000;

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly runtime: ServiceRuntime,
    @Optional() @Inject(PG_POOL) private readonly pool?: Pool,
    @Optional() @Inject(KAFKA_CLIENT) private readonly kafka?: KafkaClient,
    @Optional() @Inject(REDIS_CLIENT) private readonly redis?: RedisClient,
    @Optional() @Inject(READINESS_REPORT) private readonly readinessReport?: ReadinessReport,
  ) {}

  /** The process is alive and its event loop turns; dependencies don't matter here. */
  @Get('live')
  live() {
    return { status: 'ok', service: this.runtime.config.service, uptimeSeconds: Math.round(process.uptime()) };
  }

  /** Ready to take traffic: every dependency the service uses answers, and it is not shutting down. */
  @Get('ready')
  @HealthCheck()
  ready() {
    if (this.runtime.shuttingDown) throw new ServiceUnavailableException({ status: 'shutting_down' });
    return this.health.check(this.dependencyChecks());
  }

  private dependencyChecks(): HealthIndicatorFunction[] {
    const checks: HealthIndicatorFunction[] = [];
    const { pool, kafka, redis, readinessReport } = this;
    if (pool) {
      checks.push(() =>
        this.indicator.check('postgres').attempt(async () => void (await pool.query('SELECT 1'))).withTimeout(CHECK_TIMEOUT_MS),
      );
    }
    if (kafka) {
      checks.push(() =>
        this.indicator.check('kafka').attempt(() => pingKafka(kafka, CHECK_TIMEOUT_MS)).cacheFor(2_000).withTimeout(CHECK_TIMEOUT_MS),
      );
    }
    if (redis) {
      checks.push(() =>
        this.indicator.check('redis').attempt(async () => void (await redis.ping())).withTimeout(CHECK_TIMEOUT_MS),
      );
    }
    if (readinessReport) {
      checks.push(async () => this.indicator.check(readinessReport.name).up(await readinessReport.report()));
    }
    return checks;
  }
}
