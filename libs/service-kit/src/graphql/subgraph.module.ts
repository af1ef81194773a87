import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { PinoLogger } from 'nestjs-pino';
import { internalIdentityPlugin } from '../auth/internal-identity.plugin';
import type { SubgraphContext } from '../auth/subgraph-context';
import { introspectionEnabled } from '../config/service-config';
import { ServiceRuntime } from '../lifecycle/service-runtime';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import { ServiceMetrics } from '../metrics/metrics';
import { clientErrorStatusPlugin } from './client-error-status.plugin';
import { formatGraphqlError } from './format-error';
import { serviceStatusResolver } from './service-status';

/** A code-first Federation 2 subgraph at /graphql with the service's status query; only the gateway may call it. */
@Module({})
export class SubgraphModule {
  static forService(service: string): DynamicModule {
    return {
      module: SubgraphModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          inject: [ServiceRuntime, ServiceMetrics, PinoLogger],
          useFactory: (runtime: ServiceRuntime, metrics: ServiceMetrics, logger: PinoLogger) => ({
            path: '/graphql',
            autoSchemaFile: { federation: 2 },
            sortSchema: true,
            playground: false,
            introspection: introspectionEnabled(runtime.config),
            csrfPrevention: true,
            plugins: [
              internalIdentityPlugin({ secret: runtime.config.INTERNAL_IDENTITY_SECRET, maxAgeMs: runtime.config.INTERNAL_IDENTITY_MAX_AGE_MS }),
              graphqlMetricsPlugin(metrics),
              clientErrorStatusPlugin(),
              // We report to Prometheus, not Apollo Studio; inline traces would only add weight to every response.
              ApolloServerPluginInlineTraceDisabled(),
            ],
            includeStacktraceInErrorResponses: false,
            formatError: (formatted, error) =>
              formatGraphqlError(formatted, error, (cause) => {
                metrics.internalErrors.inc();
                logger.error({ err: cause }, 'unexpected GraphQL error');
              }),
            context: ({ req }: Pick<SubgraphContext, 'req'>): SubgraphContext => ({ req }),
          }),
        }),
      ],
      providers: [serviceStatusResolver(service)],
    };
  }
}
