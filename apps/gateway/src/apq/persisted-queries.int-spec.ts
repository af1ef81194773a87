import { createHash } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { createClient } from 'redis';
import type { RedisClient } from '@groundswell/service-kit';
import { uniqueName } from '@groundswell/test-kit';
import { persistedQueries, persistedQueryKeyPrefix } from './persisted-queries';

const typeDefs = 'type Query { greeting(name: String!): String! }';
const resolvers = { Query: { greeting: (_: unknown, { name }: { name: string }) => `hello ${name}` } };

describe('persisted queries in Redis', () => {
  const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }) as unknown as RedisClient;
  beforeAll(() => redis.connect());
  afterAll(() => redis.close());

  // Two gateways, as two replicas behind a load balancer: nothing shared but Redis.
  async function gateway() {
    const server = new ApolloServer({ typeDefs, resolvers, persistedQueries: persistedQueries(redis, 60) });
    await server.start();
    return server;
  }

  it('should answer a hash it has never seen with PERSISTED_QUERY_NOT_FOUND, then serve it from any instance once registered', async () => {
    const [first, second] = [await gateway(), await gateway()];
    try {
      const query = `query ${uniqueName('Greeting').replace(/[^A-Za-z0-9_]/g, '_')}($name: String!) { greeting(name: $name) }`;
      const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
      const hashOnly = { variables: { name: 'Ada' }, extensions: { persistedQuery } };
      const single = (response: Awaited<ReturnType<ApolloServer['executeOperation']>>) => (response.body.kind === 'single' ? response.body.singleResult : undefined);

      const unknown = single(await first.executeOperation(hashOnly));
      expect(unknown?.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

      const registered = single(await first.executeOperation({ ...hashOnly, query }));
      expect(registered?.data).toEqual({ greeting: 'hello Ada' });

      const elsewhere = single(await second.executeOperation({ ...hashOnly, variables: { name: 'Grace' } }));
      expect(elsewhere?.errors).toBeUndefined();
      expect(elsewhere?.data).toEqual({ greeting: 'hello Grace' });
      expect(await redis.ttl(`${persistedQueryKeyPrefix}apq:${persistedQuery.sha256Hash}`)).toBeGreaterThan(0);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
