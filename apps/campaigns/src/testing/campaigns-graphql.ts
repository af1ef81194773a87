import { createServiceApplication, loadServiceConfig, type Identity, type ServiceApplicationOptions } from '@groundswell/service-kit';
import type { TestDatabase } from '@groundswell/test-kit';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql, type ExecutionResult } from 'graphql';
import type { CampaignKind } from '../campaigns/campaign.values';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { campaignsService } from '../campaigns.service';
import { createCampaignsDatabase } from './campaigns-database';
import { aRunningCampaign } from './running-campaign';

/** The stable code of a result's first error, from the extensions or the module error behind it. */
export const errorCode = (result: ExecutionResult) => {
  const error = result.errors?.[0];
  return error?.extensions?.code ?? (error?.originalError as { category?: string } | undefined)?.category;
};

export interface CampaignsGraphql {
  readonly database: TestDatabase;
  execute(source: string, variableValues: Record<string, unknown>, identity?: object): Promise<ExecutionResult>;
  /** The answer's data, expecting no errors. */
  data(source: string, variableValues: Record<string, unknown>, identity?: object): Promise<Record<string, any>>;
  /** A campaign the clock has started, owned by `manager`. */
  aRunningCampaign(kind: CampaignKind): Promise<string>;
}

/**
 * The campaigns schema with `features` beside the campaign itself, executed in process against a
 * fresh database as `manager` unless told otherwise. Call inside a `describe`: it adds its own
 * `beforeAll`/`afterAll`.
 */
export function campaignsGraphql(label: string, features: NonNullable<ServiceApplicationOptions['features']>, manager: Identity): CampaignsGraphql {
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createCampaignsDatabase(label);
    app = await createServiceApplication(campaignsService, { features: [CampaignsModule, ...features], config: loadServiceConfig('campaigns', { DATABASE_URL: database.url }), schemaOnly: true });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const execute = (source: string, variableValues: Record<string, unknown>, identity: object = manager) =>
    graphql({ schema: app.get(GraphQLSchemaHost).schema, source, variableValues, contextValue: { identity } }) as Promise<ExecutionResult>;

  return {
    get database() {
      return database;
    },
    execute,
    async data(source, variableValues, identity) {
      const result = await execute(source, variableValues, identity);
      expect(result.errors).toBeUndefined();
      return result.data as Record<string, any>;
    },
    aRunningCampaign: (kind) => aRunningCampaign(database, manager, kind),
  };
}
