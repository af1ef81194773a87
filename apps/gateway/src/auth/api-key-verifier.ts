import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentityHeader, type Permission } from '@groundswell/service-kit';
import { randomUUID } from 'node:crypto';

/** What the access service knows about a live key. */
export interface VerifiedApiKey {
  keyId: string;
  tenantId: string;
  permissions: Permission[];
  communityIds?: string[];
}

export interface ApiKeyVerifier {
  /** null for anything that is not a live key; throws when the answer can't be had (the platform's fault). */
  verify(key: string): Promise<VerifiedApiKey | null>;
}

/** The gateway signs its own calls with this subject; the access service accepts no other for verification. */
export const GATEWAY_SERVICE_SUBJECT = 'service:gateway';

/** Asks the access service's `POST /internal/api-keys/verify`, vouching for itself with the internal identity secret. */
export class HttpApiKeyVerifier implements ApiKeyVerifier {
  constructor(
    private readonly accessBaseUrl: string,
    private readonly identitySecret: string,
    private readonly timeoutMs = 3_000,
  ) {}

  async verify(key: string): Promise<VerifiedApiKey | null> {
    const requestId = `apikey-verify-${randomUUID()}`;
    const identity = signIdentityHeader({ sub: GATEWAY_SERVICE_SUBJECT, tenant: 'platform', roles: [], iat: Date.now(), requestId }, this.identitySecret);
    const response = await fetch(`${this.accessBaseUrl}/internal/api-keys/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identity, [REQUEST_ID_HEADER]: requestId },
      body: JSON.stringify({ key }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (response.status !== 200) throw new Error(`API key verification answered HTTP ${response.status}`);
    return ((await response.json()) as { key: VerifiedApiKey | null }).key;
  }
}

/** `SUBGRAPH_URL_ACCESS=http://access:4106/graphql` → `http://access:4106`. */
export function accessBaseUrl(accessGraphqlUrl: string): string {
  return accessGraphqlUrl.replace(/\/graphql\/?$/, '');
}
