import type { ApolloServerPlugin } from '@apollo/server';
import type { ServiceMetrics } from './metrics';

export function graphqlMetricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const labels = {
            operation_name: operationName ?? 'anonymous',
            operation_type: operation?.operation ?? 'unknown',
          };
          metrics.graphqlOperations.inc({ ...labels, outcome: errors?.length ? 'error' : 'success' });
          metrics.graphqlDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
