import { randomUUID } from 'node:crypto';
import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { gatewayClient } from '@groundswell/test-kit';
import { readSupergraphSchema, rootOperations } from '../security/supergraph-operations';
import { createTenantFixture, type TenantFixture } from '../security/tenant-fixture';
import { documentCases } from './document-cases';
import type { FuzzRequest } from './fuzz-request';
import { FuzzTally } from './fuzz-tally';
import { operationCases } from './operation-cases';
import { sendFuzzRequest } from './send-fuzz-request';
import { transportCases } from './transport-cases';

// Every root field of the committed supergraph gets hostile values in every argument and input
// field, so a new operation is fuzzed the moment it is composed. FUZZ_SEED reproduces a run.
const seed = Number(process.env.FUZZ_SEED ?? 20_261_203);
const operations = rootOperations(readSupergraphSchema());
const tenant = `fuzz-${randomUUID().slice(0, 8)}`;
const gateway = () => process.env.GROUNDSWELL_E2E_GATEWAY!;
const tally = new FuzzTally();

let fixture: TenantFixture;
let token: string;

async function sendAll(requests: FuzzRequest[]) {
  const before = tally.findings.length;
  for (const request of requests) tally.record(request, await sendFuzzRequest(gateway(), request));
  return tally.findings.slice(before);
}

beforeAll(async () => {
  fixture = await createTenantFixture(await gatewayClient(tenant, ['owner'], 'fuzz-owner'), `Fuzz ${tenant}`);
  token = await signDevToken({ sub: 'fuzz-owner', tenant, roles: ['owner'] }, developmentTokenSettings(process.env));
});

afterAll(() => {
  console.log(tally.summary());
});

describe('the hostile-input fuzz suite', () => {
  const options = () => ({ selectionDepth: 3, now: new Date(), valuesPerSlot: 4, seed });

  it('should generate hostile calls for every root field of the supergraph', () => {
    const fuzzed = operations.filter((operation) => operationCases(operation, fixture.known, options(), {}).length > 0 || operation.field.args.length === 0);
    expect(fuzzed.map(({ field }) => field.name)).toEqual(operations.map(({ field }) => field.name));
    expect(operations.map(({ field }) => field.name)).toEqual(expect.arrayContaining(['member', 'members', 'kpi', 'createCommunity', 'eraseMember']));
  });

  it('should answer hostile arguments of every root field with client errors only: no 5xx, no INTERNAL, no leak', async () => {
    const headers = { authorization: `Bearer ${token}` };
    const requests = operations.flatMap((operation) => operationCases(operation, fixture.known, options(), headers));
    expect(await sendAll(requests)).toEqual([]);
  });

  it('should answer malformed, cyclic, deep and oversized documents with client errors only', async () => {
    expect(await sendAll(documentCases({ authorization: `Bearer ${token}` }))).toEqual([]);
  });

  it('should answer wrong content types, encodings, methods, credentials and webhook bodies with client errors only', async () => {
    expect(await sendAll(transportCases(token))).toEqual([]);
  });

  it('should have sent something of every family and seen client errors (so the checks above checked something)', () => {
    expect([...tally.byFamily.keys()].sort()).toEqual(['arguments', 'documents', 'transport', 'webhook']);
    expect(tally.clientErrors).toBeGreaterThan(tally.sent / 2);
  });
});
