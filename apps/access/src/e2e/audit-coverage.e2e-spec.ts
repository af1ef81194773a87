import { eventually, gatewayClient, readMutationJournal, type JournalledMutation } from '@groundswell/test-kit';

// Runs after every other e2e spec (jest.config.js testSequencer), so the journal holds their mutations.
// Refusals before GraphQL sees the request are not audited by design: without a valid credential there
// is no tenant to file them under, and over the rate limit or the body limit there is no operation.
const auditable = (mutation: JournalledMutation) =>
  mutation.requestId !== null && mutation.result !== 'UNAUTHENTICATED' && mutation.result !== 'RATE_LIMITED' && mutation.status !== 413;

const entryQuery = `query Audit($requestId: ID!) {
  auditLog(first: 5, filter: { requestId: $requestId }) { edges { node { actor fields result requestId operationName } } }
}`;

describe('audit log coverage of the e2e suite', () => {
  it('should hold every mutation the suite sent, with the right actor, tenant and result', async () => {
    const journal = readMutationJournal().filter(auditable);
    expect(journal.length).toBeGreaterThan(0);
    const byTenant = new Map<string, JournalledMutation[]>();
    for (const mutation of journal) byTenant.set(mutation.tenant, [...(byTenant.get(mutation.tenant) ?? []), mutation]);

    for (const [tenant, mutations] of byTenant) {
      const auditor = await gatewayClient(tenant, ['owner'], 'e2e-auditor');
      for (const mutation of mutations) {
        await eventually(async () => {
          const { data, errors } = await auditor(entryQuery, { requestId: mutation.requestId });
          expect(errors).toBeUndefined();
          expect({ tenant, entries: data.auditLog.edges.map((edge: any) => edge.node) }).toEqual({
            tenant,
            entries: [{ actor: mutation.subject, fields: mutation.fields, result: mutation.result, requestId: mutation.requestId, operationName: mutation.operationName }],
          });
        }, 60_000);
      }
    }
  });

  it('should not show one tenant the entries of another', async () => {
    const [first] = readMutationJournal().filter(auditable);
    const outsider = await gatewayClient(`e2e-outsider-${Date.now()}`, ['owner']);
    const { data } = await outsider(entryQuery, { requestId: first!.requestId });
    expect(data.auditLog.edges).toEqual([]);
  });
});
