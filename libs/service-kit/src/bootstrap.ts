import 'reflect-metadata';
import { type DynamicModule, type INestApplication, Module, type Type } from '@nestjs/common';
import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import { NestFactory } from '@nestjs/core';
import { HttpErrorFilter } from './errors/http-error.filter';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql } from 'graphql';
import { Logger } from 'nestjs-pino';
import { collectPermissionManifest, type PermissionManifest } from './auth/permission-manifest';
import { ServiceMetrics } from './metrics/metrics';
import { loadServiceConfig, type ServiceConfig } from './config/service-config';
import { SubgraphModule } from './graphql/subgraph.module';
import { ServiceRuntime, type ServiceDefinition } from './lifecycle/service-runtime';
import { registeredService } from './registry/service-registry';
import { ServiceKitModule } from './service-kit.module';
import { stopTelemetry } from './telemetry/telemetry';

export interface ServiceApplicationOptions {
  /** Defaults to the validated process environment. */
  config?: ServiceConfig;
  /** Build the schema only: no database, Kafka or Redis connection. */
  schemaOnly?: boolean;
  /** Modules of the service's own features. */
  features?: Array<Type | DynamicModule>;
  /** Browser access (the gateway only; subgraphs are never called from a browser); `false` sends no CORS headers. */
  cors?: (config: ServiceConfig) => CorsOptions | false;
}

@Module({})
class ServiceRootModule {}

export async function createServiceApplication(
  definition: ServiceDefinition,
  options: ServiceApplicationOptions = {},
): Promise<INestApplication> {
  const config = options.config ?? loadServiceConfig(definition.name);
  const schemaOnly = options.schemaOnly ?? false;
  const root: DynamicModule = {
    module: ServiceRootModule,
    imports: [
      ServiceKitModule.forRoot(definition, config, schemaOnly),
      ...(registeredService(definition.name).subgraph ? [SubgraphModule.forService(definition.name)] : []),
      ...(options.features ?? []),
    ],
  };
  const app = await NestFactory.create<NestExpressApplication>(root, { bufferLogs: true, logger: schemaOnly ? false : undefined });
  app.useBodyParser('json', { limit: config.HTTP_BODY_LIMIT });
  const cors = options.cors?.(config);
  if (cors) app.enableCors(cors);
  if (!schemaOnly) app.useLogger(app.get(Logger));
  app.useGlobalFilters(
    new HttpErrorFilter((error, request) => {
      app.get(ServiceMetrics).internalErrors.inc();
      app.get(Logger).error({ err: error, requestId: request.id }, 'unexpected HTTP error');
    }),
  );
  return app;
}

/** What the supergraph script reads from a service: its subgraph SDL and its root fields' permissions. */
export interface SchemaFacts {
  sdl: string;
  permissions: PermissionManifest;
}

/**
 * The subgraph SDL exactly as the gateway would fetch it (`_service { sdl }`), and each root
 * Query/Mutation field's required permissions as its resolvers declare them; built without any server.
 */
export async function readSchemaFacts(definition: ServiceDefinition, options: ServiceApplicationOptions = {}): Promise<SchemaFacts> {
  const config = options.config ?? loadServiceConfig(definition.name, {});
  const app = await createServiceApplication(definition, { ...options, config, schemaOnly: true });
  try {
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    const result = await graphql({ schema, source: '{ _service { sdl } }' });
    if (result.errors?.length) throw new Error(result.errors.map((error) => error.message).join('; '));
    return { sdl: (result.data as { _service: { sdl: string } })._service.sdl, permissions: collectPermissionManifest(app) };
  } finally {
    await app.close();
  }
}

/**
 * Runs the service until SIGTERM/SIGINT: readiness fails at once, intake stops, in-flight work
 * finishes, offsets are committed, then connections close. A stuck shutdown is cut off after
 * SHUTDOWN_TIMEOUT_MS. With `--print-sdl` it prints the subgraph SDL and exits instead; with
 * `--print-schema-facts`, the SDL and the permission manifest of its root fields as one JSON object.
 */
export async function runService(definition: ServiceDefinition, options: ServiceApplicationOptions = {}): Promise<void> {
  if (process.argv.includes('--print-sdl')) {
    process.stdout.write((await readSchemaFacts(definition, options)).sdl);
    return;
  }
  if (process.argv.includes('--print-schema-facts')) {
    process.stdout.write(`${JSON.stringify(await readSchemaFacts(definition, options))}\n`);
    return;
  }
  const config = options.config ?? loadServiceConfig(definition.name);
  const app = await createServiceApplication(definition, { ...options, config });
  const logger = app.get(Logger);
  const runtime = app.get(ServiceRuntime);
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    runtime.shuttingDown = true;
    logger.log({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutdown timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS).unref();
    try {
      await app.close();
      await stopTelemetry();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
  await app.listen(config.PORT, config.HOST);
  logger.log({ url: `http://${config.HOST}:${config.PORT}` }, `${definition.name} listening`);
}

/** For main.ts: a failure to start is printed plainly and ends the process with status 1. */
export function startService(definition: ServiceDefinition, options: ServiceApplicationOptions = {}): void {
  runService(definition, options).catch((error: unknown) => {
    console.error(`${definition.name} failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
