import { createServiceApplication, loadServiceConfig } from '@groundswell/service-kit';
import type { TestDatabase } from '@groundswell/test-kit';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql, type ExecutionResult } from 'graphql';
import { contentApplication } from '../content.app';
import { contentService } from '../content.service';
import { createContentDatabase } from './content-database';

/** The stable code of a result's first error, from the extensions or the module error behind it. */
export const errorCode = (result: ExecutionResult) => {
  const error = result.errors?.[0];
  return error?.extensions?.code ?? (error?.originalError as { category?: string } | undefined)?.category;
};

export interface ContentGraphql {
  /** The application, for reaching its providers. */
  readonly app: INestApplication;
  execute(source: string, variableValues: Record<string, unknown>, identity?: object): Promise<ExecutionResult>;
}

/**
 * The content schema executed in process against a fresh database, as `identity` unless told
 * otherwise. Call inside a `describe`: it adds its own `beforeAll`/`afterAll`.
 */
export function contentGraphql(label: string, identity: object): ContentGraphql {
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createContentDatabase(label);
    app = await createServiceApplication(contentService, { ...contentApplication, config: loadServiceConfig('content', { DATABASE_URL: database.url }), schemaOnly: true });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  return {
    get app() {
      return app;
    },
    execute: (source, variableValues, as = identity) => graphql({ schema: app.get(GraphQLSchemaHost).schema, source, variableValues, contextValue: { identity: as } }),
  };
}
