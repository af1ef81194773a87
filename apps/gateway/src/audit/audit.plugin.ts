import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../auth/gateway-context';
import { auditRecordOf } from './audit-record';
import type { AuditPublisher } from './audit-publisher';

/**
 * Every mutation that reaches GraphQL with a known caller is audited once its response is known,
 * refusals (FORBIDDEN, BAD_USER_INPUT, …) included. Requests refused before that — no or a bad
 * credential (no tenant to file it under), a rate limit — are not. Publishing is not awaited.
 */
export function auditPlugin(publisher: Pick<AuditPublisher, 'publish'>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, document, schema, contextValue, response }) {
          const identity = contextValue.identity;
          if (!identity) return;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const record = auditRecordOf({
            schema,
            document,
            query: request.query,
            operationName: request.operationName,
            variables: request.variables,
            actor: identity.sub,
            requestId: String(contextValue.req.id),
            errorCodes: errors.map((error) => error.extensions?.code),
          });
          if (record) void publisher.publish(identity.tenant, record);
        },
      };
    },
  };
}
