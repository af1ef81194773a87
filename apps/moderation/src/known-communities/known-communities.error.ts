import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const knownCommunitiesErrorCodes = { COMMUNITY_NOT_FOUND: 'NOT_FOUND' } as const satisfies Record<string, PublicErrorCode>;

export class KnownCommunitiesError extends categorisedError(knownCommunitiesErrorCodes) {}
