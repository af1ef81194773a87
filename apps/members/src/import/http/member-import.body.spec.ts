import { parseImportBody } from './member-import.body';

const communityId = '0b7c4c2e-8a53-4d5e-9a11-3f6f1c2b9d10';

describe(parseImportBody.name, () => {
  it('should read CSV columns into rows: identities by kind, profile, referrer and consent', () => {
    const csv = [
      'community_id,channel,joined_at,phone,wechat_openid,wechat_openid_scope,display_name,interests,referrer_kind,referrer_value,consent_marketing_messages,consent_policy_version,consent_decided_at',
      `${communityId},import,2025-01-02T03:04:05Z,13800138000,oOpenId_1,wx_app,"李, 雷",跑步|摄影,phone,13900139000,granted,2024-06,2025-01-01T00:00:00Z`,
      `${communityId},import,,,,,,,,,,,`,
    ].join('\n');
    const [first, second] = parseImportBody('text/csv; charset=utf-8', csv);
    expect(first).toEqual({
      communityId,
      channel: 'import',
      joinedAt: new Date('2025-01-02T03:04:05Z'),
      campaignId: undefined,
      identities: [
        { kind: 'phone', scope: undefined, value: '13800138000' },
        { kind: 'wechat_openid', scope: 'wx_app', value: 'oOpenId_1' },
      ],
      referrer: { kind: 'phone', scope: undefined, value: '13900139000' },
      profile: { displayName: '李, 雷', interests: ['跑步', '摄影'], activeHours: undefined },
      consents: [{ purpose: 'marketing_messages', granted: true, source: undefined, policyVersion: '2024-06', decidedAt: new Date('2025-01-01T00:00:00Z') }],
    });
    expect(second).toMatchObject({ identities: [], joinedAt: undefined, consents: [] });
  });

  it('should refuse unknown CSV columns', () => {
    expect(() => parseImportBody('text/csv', 'community_id,channel,shoe_size\nx,y,42')).toThrow(expect.objectContaining({ code: 'INVALID_IMPORT_ROW', details: expect.objectContaining({ columns: ['shoe_size'] }) }));
  });

  it('should read NDJSON lines and name every line that is not a JSON object', () => {
    const line = JSON.stringify({ communityId, channel: 'import', identities: [{ kind: 'email', value: 'a@example.com' }], joinedAt: '2025-01-02T00:00:00Z' });
    expect(parseImportBody('application/x-ndjson', `${line}\n${line}\n`)).toEqual([
      expect.objectContaining({ joinedAt: new Date('2025-01-02T00:00:00Z') }),
      expect.objectContaining({ communityId }),
    ]);
    expect(() => parseImportBody('application/x-ndjson', `${line}\n{"communityId": \n[1]\n${line}`)).toThrow(
      expect.objectContaining({ code: 'IMPORT_ROWS_INVALID', details: { invalidRows: 2, rows: [expect.objectContaining({ row: 2 }), expect.objectContaining({ row: 3 })] } }),
    );
  });

  it('should name a row whose fields have the wrong types, so nothing malformed reaches the import', () => {
    const line = JSON.stringify({ communityId, channel: 5, identities: [] });
    expect(() => parseImportBody('application/x-ndjson', line)).toThrow(
      expect.objectContaining({ code: 'IMPORT_ROWS_INVALID', details: { invalidRows: 1, rows: [{ row: 1, code: 'INVALID_IMPORT_ROW', message: expect.any(String), field: 'channel' }] } }),
    );
  });

  it('should refuse any other content type', () => {
    expect(() => parseImportBody('application/json', '[]')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
