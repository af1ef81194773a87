import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const knownPartiesErrorCodes = { COMMUNITY_NOT_FOUND: 'NOT_FOUND', MEMBER_NOT_FOUND: 'NOT_FOUND' } as const satisfies Record<string, PublicErrorCode>;

export class KnownPartiesError extends categorisedError(knownPartiesErrorCodes) {}
