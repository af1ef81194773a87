import { RequestError, canAccessCommunity, type Identity } from '@groundswell/service-kit';

/** Every community an import names must be within the caller's scope, or nothing is imported. */
export function requireImportScope(identity: Identity, rows: ReadonlyArray<{ communityId: string }>): void {
  const outside = [...new Set(rows.map((row) => row.communityId))].filter((communityId) => !canAccessCommunity(identity, communityId));
  if (outside.length > 0) throw new RequestError('FORBIDDEN', 'Outside your community scope', { communityIds: outside.slice(0, 20) });
}
