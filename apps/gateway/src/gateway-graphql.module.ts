import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { PinoLogger } from 'nestjs-pino';
import {
  formatGraphqlError,
  introspectionEnabled,
  REQUEST_ID_HEADER,
  ServiceMetrics,
  ServiceRuntime,
  graphqlMetricsPlugin,
} from '@groundswell/service-kit';
import { readSupergraph, subgraphUrl } from './subgraphs';

interface GatewayContext {
  req?: Request;
}

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
          context: ({ req }: { req: Request }): GatewayContext => ({ req }),
        },
        gateway: {
          supergraphSdl: readSupergraph(),
          buildService: ({ name, url }) =>
            new RemoteGraphQLDataSource<GatewayContext>({
              url: subgraphUrl(name, url),
              willSendRequest({ request, context }) {
                const requestId = context.req?.id;
                if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, String(requestId));
              },
            }),
        },
      }),
    }),
  ],
})
export class GatewayGraphqlModule {}
