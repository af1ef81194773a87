import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { PinoLogger } from 'nestjs-pino';
import { formatGraphqlError, introspectionEnabled, ServiceMetrics, ServiceRuntime, graphqlMetricsPlugin } from '@groundswell/service-kit';
import { authenticatorsFor } from './auth/authenticators';
import { gatewayContext } from './auth/gateway-context';
import { IdentityForwardingDataSource } from './auth/identity-forwarding.data-source';
import { readSupergraph, subgraphUrl } from './subgraphs';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloGatewayDriverConfig>({
      driver: ApolloGatewayDriver,
      inject: [ServiceRuntime, ServiceMetrics, PinoLogger],
      useFactory: (runtime: ServiceRuntime, metrics: ServiceMetrics, logger: PinoLogger) => ({
        server: {
          path: '/graphql',
          introspection: introspectionEnabled(runtime.config),
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          plugins: [graphqlMetricsPlugin(metrics)],
          formatError: (formatted, error) =>
            formatGraphqlError(formatted, error, (cause) => logger.error({ err: cause }, 'unexpected gateway error')),
          context: gatewayContext(authenticatorsFor(runtime.config)),
        },
        gateway: {
          supergraphSdl: readSupergraph(),
          buildService: ({ name, url }) =>
            new IdentityForwardingDataSource(subgraphUrl(name, url), runtime.config.INTERNAL_IDENTITY_SECRET),
        },
      }),
    }),
  ],
})
export class GatewayGraphqlModule {}
