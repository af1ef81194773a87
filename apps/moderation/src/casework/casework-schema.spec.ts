import { Global, Module } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import { collectPermissionManifest, createServiceApplication, loadServiceConfig, type Identity } from '@groundswell/service-kit';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql, isObjectType, type GraphQLSchema } from 'graphql';
import { AppealsModule } from '../appeals/appeals.module';
import { moderationService } from '../moderation.service';
import { ReportsModule } from '../reports/reports.module';
import { ReviewQueueModule } from '../review-queue/review-queue.module';
import { SanctionsModule } from '../sanctions/sanctions.module';

// Schema-only: nothing here reaches a database; the store is a stand-in the guards stop short of.
@Global()
@Module({ providers: [{ provide: EventStore, useValue: {} }], exports: [EventStore] })
class StandInEventStoreModule {}

const mutations = ['applySanction', 'claimReviewCase', 'decideAppeal', 'decideReviewCase', 'fileAppeal', 'fileReport', 'liftSanction', 'releaseReviewCase', 'setEscalationPolicy'];
const listQueries = { appeals: 'AppealConnection', reports: 'ReportConnection', reviewQueue: 'ReviewCaseConnection', sanctions: 'SanctionConnection' };

describe('reports, review queue, sanctions and appeals in the moderation subgraph', () => {
  let app: INestApplication;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    app = await createServiceApplication(moderationService, {
      features: [StandInEventStoreModule, ReportsModule, ReviewQueueModule, SanctionsModule, AppealsModule],
      config: loadServiceConfig('moderation', {}),
      schemaOnly: true,
    });
    await app.init();
    schema = app.get(GraphQLSchemaHost).schema;
  });

  afterAll(async () => {
    await app.close();
  });

  it('should give every mutation an idempotency key and answer every list as a connection', () => {
    const mutationFields = schema.getMutationType()!.getFields();
    for (const name of mutations) expect([name, mutationFields[name]?.args.map((arg) => arg.name)]).toEqual([name, expect.arrayContaining(['idempotencyKey'])]);
    const queryFields = schema.getQueryType()!.getFields();
    for (const [name, connection] of Object.entries(listQueries)) {
      const type = queryFields[name]?.type;
      expect([name, String(type)]).toEqual([name, `${connection}!`]);
      expect(isObjectType(schema.getType(connection)) && Object.keys((schema.getType(connection) as { getFields(): object }).getFields())).toEqual(['edges', 'pageInfo', 'totalCount']);
    }
  });

  it('should require the moderation permissions of the roles map, the least for muting', () => {
    const manifest = collectPermissionManifest(app);
    const pick = (record: Record<string, string[]>, names: string[]) => Object.fromEntries(names.map((name) => [name, record[name]]));
    expect(pick(manifest.Mutation, mutations)).toEqual({
      applySanction: ['moderation:mute'],
      claimReviewCase: ['moderation:review'],
      decideAppeal: ['moderation:review'],
      decideReviewCase: ['moderation:review'],
      fileAppeal: ['moderation:report'],
      fileReport: ['moderation:report'],
      liftSanction: ['moderation:sanction'],
      releaseReviewCase: ['moderation:review'],
      setEscalationPolicy: ['moderation:manage-rules'],
    });
    expect(pick(manifest.Query, ['appeal', 'appeals', 'escalationPolicy', 'reports', 'reviewCase', 'reviewQueue', 'sanction', 'sanctions'])).toEqual(
      Object.fromEntries(['appeal', 'appeals', 'escalationPolicy', 'reports', 'reviewCase', 'reviewQueue', 'sanction', 'sanctions'].map((name) => [name, ['moderation:review']])),
    );
  });

  it('should refuse a volunteer the review queue before anything runs', async () => {
    const volunteer: Identity = { sub: 'u-volunteer', tenant: 'tenant-a', roles: ['volunteer'] };
    const result = await graphql({
      schema,
      source: 'mutation { decideReviewCase(input: { id: "c1", decision: approve }) { reviewCase { id } } }',
      contextValue: { identity: volunteer },
    });
    expect(result.errors?.map((error) => (error.originalError as { category?: string } | undefined)?.category)).toEqual(['FORBIDDEN']);
  });
});
