import { createServiceApplication, loadServiceConfig } from '@groundswell/service-kit';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql, type ExecutionResult } from 'graphql';
import { analyticsApplication } from '../analytics.app';
import { analyticsService } from '../analytics.service';

/**
 * The analytics schema built schema-only (no server behind it), afresh for each test, executing a
 * query as an identity. Call inside a `describe`: it adds its own `beforeEach`/`afterEach`.
 */
export function analyticsSchema() {
  let app: INestApplication;

  beforeEach(async () => {
    app = await createServiceApplication(analyticsService, { ...analyticsApplication, config: loadServiceConfig('analytics', {}), schemaOnly: true });
    await app.init();
  });

  afterEach(async () => {
    await app.close();
  });

  return (source: string, identity: object, variableValues?: Record<string, unknown>): Promise<ExecutionResult> =>
    graphql({ schema: app.get(GraphQLSchemaHost).schema, source, variableValues, contextValue: { identity } });
}
