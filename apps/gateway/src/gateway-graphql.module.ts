import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { PinoLogger } from 'nestjs-pino';
import { clientErrorStatusPlugin, formatGraphqlError, graphqlMetricsPlugin, introspectionEnabled, REDIS_CLIENT, ServiceMetrics, ServiceRuntime, type RedisClient } from '@groundswell/service-kit';
import { queryLimitsPlugin } from './limits/query-limits.plugin';
import { gatewayRateLimiters } from './limits/rate-limiter';
import { authenticatorsFor } from './auth/authenticators';
import { gatewayContext } from './auth/gateway-context';
import { IdentityForwardingDataSource } from './auth/identity-forwarding.data-source';
import { readSupergraph, subgraphTimeoutMs, subgraphUrl } from './subgraphs';
import { persistedQueries } from './apq/persisted-queries';
import { keepAliveFetcher } from './transport/keep-alive-fetcher';
import { AuditModule } from './audit/audit.module';
import { AuditPublisher } from './audit/audit-publisher';
import { auditPlugin } from './audit/audit.plugin';
import { WebhooksModule } from './webhooks/webhooks.module';
import { ExplorerModule } from './explorer/explorer.module';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloGatewayDriverConfig>({
      driver: ApolloGatewayDriver,
      imports: [AuditModule],
      inject: [ServiceRuntime, ServiceMetrics, PinoLogger, REDIS_CLIENT, AuditPublisher],
      useFactory: (runtime: ServiceRuntime, metrics: ServiceMetrics, logger: PinoLogger, redis: RedisClient, audit: AuditPublisher) => {
        const limiters = gatewayRateLimiters(redis, runtime.config);
        return {
          server: {
            path: '/graphql',
            introspection: introspectionEnabled(runtime.config),
            // Nest's own GraphiQL loads from a CDN; ours is served from npm packages at /explorer.
            graphiql: false,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            plugins: [graphqlMetricsPlugin(metrics), queryLimitsPlugin({ maxDepth: runtime.config.GRAPHQL_MAX_DEPTH, maxCost: runtime.config.GRAPHQL_MAX_COST }), clientErrorStatusPlugin(), auditPlugin(audit)],
            // One operation per request: a batch would multiply every limit by its length.
            allowBatchedHttpRequests: false,
            persistedQueries: persistedQueries(redis, runtime.config.APQ_TTL_SECONDS),
            formatError: (formatted, error) =>
              formatGraphqlError(formatted, error, (cause) => {
                metrics.internalErrors.inc();
                logger.error({ err: cause }, 'unexpected gateway error');
              }),
            context: gatewayContext(authenticatorsFor(runtime.config), limiters.tenant, limiters.apiKey),
          },
          gateway: {
            supergraphSdl: readSupergraph(),
            experimental_approximateQueryPlanStoreMiB: runtime.config.QUERY_PLAN_CACHE_MIB,
            // One pool of kept-alive connections per subgraph (transport/keep-alive-fetcher.ts).
            buildService: ({ name, url }) =>
              new IdentityForwardingDataSource(
                subgraphUrl(name, url),
                runtime.config.INTERNAL_IDENTITY_SECRET,
                keepAliveFetcher({ maxSocketsPerSubgraph: runtime.config.SUBGRAPH_MAX_SOCKETS }),
                { name, timeoutMs: subgraphTimeoutMs(name, runtime.config.SUBGRAPH_TIMEOUT_MS) },
              ),
          },
        };
      },
    }),
    WebhooksModule,
    ExplorerModule,
  ],
})
export class GatewayGraphqlModule {}
