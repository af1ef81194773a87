import { Controller, HttpCode, PayloadTooLargeException, Post, Req, UseFilters } from '@nestjs/common';
import { RequestError, ServiceRuntime, hasPermission, internalIdentityOfRequest, type Identity } from '@groundswell/service-kit';
import type { Request } from 'express';
import { ActivityWebhookErrorFilter } from '../../activity/webhook/activity-webhook-error.filter';
import { ImportMembersUseCase, type ImportMembersResult } from '../import-members.use-case';
import { requireImportScope } from '../import-scope';
import { memberImportPermission } from '../member-import.permission';
import { parseImportBody } from './member-import.body';

/** 10,000 rows of a generous export, with room to spare: the import's own row limit is the real bound. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * `POST /imports/members`: the bulk import as a file, NDJSON (`application/x-ndjson`) or CSV
 * (`text/csv`), named by its `Idempotency-Key` header (the batch key). Authenticated like the
 * activity webhook, by the internal identity header the gateway signs. Answers 200 with the import
 * summary only after the commit; a refusal is `{code, reason, message, details}` and writes nothing,
 * bad rows listed by number in `details.rows`.
 */
@Controller('imports')
@UseFilters(ActivityWebhookErrorFilter)
export class MemberImportController {
  constructor(
    private readonly importMembers: ImportMembersUseCase,
    private readonly runtime: ServiceRuntime,
  ) {}

  @Post('members')
  @HttpCode(200)
  async import(@Req() request: Request): Promise<ImportMembersResult> {
    const identity = this.verifiedCaller(request);
    const batchKey = request.header('idempotency-key');
    if (!batchKey) throw new RequestError('BAD_USER_INPUT', 'Name the batch with an Idempotency-Key header', { field: 'Idempotency-Key' });
    const rows = parseImportBody(request.header('content-type'), await bodyText(request));
    requireImportScope(identity, rows);
    return this.importMembers.execute(identity, batchKey, rows);
  }

  private verifiedCaller(request: Request): Identity {
    const { INTERNAL_IDENTITY_SECRET: secret, INTERNAL_IDENTITY_MAX_AGE_MS: maxAgeMs } = this.runtime.config;
    const identity = internalIdentityOfRequest(request.headers, { secret, maxAgeMs });
    if (!hasPermission(identity, memberImportPermission)) {
      throw new RequestError('FORBIDDEN', `Your roles do not allow ${memberImportPermission}`, { missing: [memberImportPermission] });
    }
    return identity;
  }
}

/** The raw body (the service's JSON parser leaves other types unread), refused past the limit. */
async function bodyText(request: Request): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new PayloadTooLargeException(`An import body is at most ${MAX_BODY_BYTES / 1024 / 1024} MB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
