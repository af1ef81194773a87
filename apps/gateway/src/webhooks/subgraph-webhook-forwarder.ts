import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentityHeader, type Identity } from '@groundswell/service-kit';

export interface ForwardedResponse {
  status: number;
  body: unknown;
}

/** Sends a verified caller's webhook body to a service's own endpoint (e.g. members' `POST /webhooks/activity`), signed like a subgraph call. */
export class SubgraphWebhookForwarder {
  constructor(
    private readonly serviceBaseUrl: string,
    private readonly identitySecret: string,
    private readonly timeoutMs = 60_000,
  ) {}

  async forward(identity: Identity, requestId: string, path: string, body: unknown): Promise<ForwardedResponse> {
    const response = await fetch(`${this.serviceBaseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [REQUEST_ID_HEADER]: requestId,
        [IDENTITY_HEADER]: signIdentityHeader({ ...identity, iat: Date.now(), requestId }, this.identitySecret),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      throw new Error(`the service answered HTTP ${response.status} without JSON`);
    }
  }
}
