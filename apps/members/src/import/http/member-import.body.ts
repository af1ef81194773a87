import { consentPurposeSchema, identityKindSchema, type IdentityKind } from '@groundswell/events';
import { RequestError } from '@groundswell/service-kit';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { MemberDomainError } from '../../shared/member-domain.error';
import type { RowError } from '../group-people';
import type { ImportConsentInput, ImportRowInput } from '../import-row';

export const ndjsonType = 'application/x-ndjson';
export const csvType = 'text/csv';

const date = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : new Date(String(value)));

const identity = z.object({ kind: z.string(), scope: z.string().optional(), value: z.string() });
const optionalText = z.string().nullish();
// The GraphQL row input's shape: values are checked by the import, types here, so nothing reaches it malformed.
const ndjsonRow = z.object({
  communityId: z.string(),
  identities: z.array(identity),
  channel: z.string(),
  joinedAt: z.string().optional(),
  campaignId: z.string().optional(),
  referrer: identity.optional(),
  profile: z
    .object({ displayName: optionalText, ageBand: optionalText, gender: optionalText, region: optionalText, occupation: optionalText, interests: z.array(z.string()).nullish(), activeHours: z.array(z.number()).nullish() })
    .optional(),
  consents: z.array(z.object({ purpose: z.string(), granted: z.boolean(), source: z.string().optional(), policyVersion: z.string(), decidedAt: z.string() })).optional(),
});

/** NDJSON: one row a line, each the GraphQL row input as JSON (instants as ISO strings). Row n is line n. */
function ndjsonRows(text: string, errors: RowError[]): ImportRowInput[] {
  return text.replace(/\n+$/, '').split('\n').flatMap((line, index) => {
    let json: unknown;
    try {
      json = JSON.parse(line.replace(/\r$/, ''));
    } catch {
      errors.push({ row: index + 1, code: 'INVALID_IMPORT_ROW', message: 'Not a JSON object' });
      return [];
    }
    const parsed = ndjsonRow.safeParse(json);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || 'row';
      errors.push({ row: index + 1, code: 'INVALID_IMPORT_ROW', message: `${field} is missing or malformed`, field });
      return [];
    }
    const row = parsed.data;
    return [{ ...row, identities: row.identities as ImportRowInput['identities'], referrer: row.referrer as ImportRowInput['referrer'], joinedAt: date(row.joinedAt), consents: row.consents?.map((consent) => ({ ...consent, decidedAt: date(consent.decidedAt)! })) }];
  });
}

const profileColumns = { display_name: 'displayName', age_band: 'ageBand', gender: 'gender', region: 'region', occupation: 'occupation' } as const;
const rowColumns = ['community_id', 'channel', 'joined_at', 'campaign_id', 'referrer_kind', 'referrer_scope', 'referrer_value', 'interests', 'active_hours'];
const consentColumns = ['consent_policy_version', 'consent_decided_at', 'consent_source'];
const kinds = new Set<string>(identityKindSchema.options);
const purposes = consentPurposeSchema.options;
const known = new Set([
  ...rowColumns,
  ...Object.keys(profileColumns),
  ...consentColumns,
  ...identityKindSchema.options.flatMap((kind) => [kind, `${kind}_scope`]),
  ...purposes.map((purpose) => `consent_${purpose}`),
]);
const list = (value: string | undefined) => (value ? value.split('|').map((each) => each.trim()) : undefined);

/**
 * CSV with a header: `community_id, channel, joined_at`, one column per identity kind (`phone`,
 * `email`, `wechat_openid` with `wechat_openid_scope`…), profile columns (`display_name`, `interests`
 * as `a|b`…), `referrer_kind/_scope/_value`, and `consent_<purpose>` (`granted`/`revoked`) with
 * `consent_policy_version` and `consent_decided_at`. Row n is the n-th line after the header.
 */
function csvRows(text: string): ImportRowInput[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new RequestError('BAD_USER_INPUT', `Not a CSV file: ${(error as Error).message}`);
  }
  const unknown = Object.keys(records[0] ?? {}).filter((column) => !known.has(column));
  if (unknown.length > 0) throw new MemberDomainError('INVALID_IMPORT_ROW', `Unknown columns: ${unknown.join(', ')}`, { field: 'header', columns: unknown });
  return records.map((record) => {
    const value = (column: string) => record[column] || undefined;
    const identities = Object.keys(record)
      .filter((column) => kinds.has(column) && value(column))
      .map((kind) => ({ kind: kind as IdentityKind, scope: value(`${kind}_scope`), value: record[kind] }));
    const referrerKind = value('referrer_kind');
    const profile = Object.fromEntries(Object.entries(profileColumns).flatMap(([column, field]) => (value(column) ? [[field, value(column)]] : [])));
    const hours = list(value('active_hours'));
    const consents = purposes.flatMap((purpose): ImportConsentInput[] => {
      const decision = value(`consent_${purpose}`);
      if (!decision) return [];
      const granted = decision === 'granted' ? true : decision === 'revoked' ? false : (decision as unknown as boolean);
      return [{ purpose, granted, source: value('consent_source'), policyVersion: record.consent_policy_version ?? '', decidedAt: date(value('consent_decided_at'))! }];
    });
    return {
      communityId: record.community_id ?? '',
      channel: record.channel ?? '',
      joinedAt: date(value('joined_at')),
      campaignId: value('campaign_id'),
      identities,
      referrer: referrerKind ? { kind: referrerKind as IdentityKind, scope: value('referrer_scope'), value: record.referrer_value ?? '' } : undefined,
      profile: { ...profile, interests: list(value('interests')), activeHours: hours?.map(Number) },
      consents,
    };
  });
}

/** The import's rows from an NDJSON or CSV body, or every unreadable row's number. */
export function parseImportBody(contentType: string | undefined, text: string): ImportRowInput[] {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type !== ndjsonType && type !== csvType) {
    throw new RequestError('BAD_USER_INPUT', `Send ${ndjsonType} or ${csvType}`, { contentType: type || null });
  }
  if (type === csvType) return csvRows(text);
  const errors: RowError[] = [];
  const rows = ndjsonRows(text, errors);
  if (errors.length > 0) {
    throw new MemberDomainError('IMPORT_ROWS_INVALID', `${errors.length} rows were refused; nothing was imported`, { invalidRows: errors.length, rows: errors.slice(0, 1_000) });
  }
  return rows;
}
