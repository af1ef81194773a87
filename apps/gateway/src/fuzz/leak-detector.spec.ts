import { findLeaks } from './leak-detector';

describe(findLeaks.name, () => {
  it.each([
    ['stack trace', 'Error: boom\n    at MemberQueries.member (/srv/x.js:69:26)'],
    ['SQL', 'duplicate key value violates unique constraint "members_pkey"'],
    ['SQL', 'syntax error at or near "FROM"'],
    ['host', 'connect ECONNREFUSED 10.0.3.7:5432'],
    ['file path', 'Cannot find module /work/main/dist/apps/members/src/x.js'],
  ])('should report a %s the server let out', (kind, response) => {
    expect(findLeaks(JSON.stringify({ errors: [{ message: response }] }), '{}').map((leak) => leak.kind)).toContain(kind);
  });

  it('should not count the client\'s own value quoted back as a leak', () => {
    const sent = JSON.stringify({ variables: { name: "x'; SELECT * FROM members --" } });
    const answer = JSON.stringify({ errors: [{ message: 'Name "x\'; SELECT * FROM members --" is too long' }] });
    expect(findLeaks(answer, sent)).toEqual([]);
  });

  it('should find nothing in an ordinary error', () => {
    expect(findLeaks(JSON.stringify({ errors: [{ message: 'first must be between 1 and 100', extensions: { code: 'BAD_USER_INPUT' } }] }), '{}')).toEqual([]);
  });

  it('should let an answer carry an address the client asked for, but never a refusal', () => {
    const answer = JSON.stringify({ data: { issuePartnerCredential: { bootstrapServers: ['127.0.0.1:9094'] } } });
    expect(findLeaks(answer, '{}', { answered: true })).toEqual([]);
    expect(findLeaks(answer, '{}').map((leak) => leak.kind)).toEqual(['host']);
  });
});
