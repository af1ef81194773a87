import { request as httpRequest } from 'node:http';
import type { FuzzRequest } from './fuzz-request';

export interface FuzzResponse {
  status: number;
  text: string;
  /** `extensions.code` of every GraphQL error, or the flat `code` of an HTTP endpoint's error. */
  codes: string[];
}

function codesOf(text: string): string[] {
  try {
    const body = JSON.parse(text) as { code?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> } | Array<unknown>;
    if (Array.isArray(body)) return body.flatMap((item) => codesOf(JSON.stringify(item)));
    const codes = (body.errors ?? []).map((error) => String(error.extensions?.code ?? 'NONE'));
    return codes.length > 0 ? codes : typeof body.code === 'string' ? [body.code] : [];
  } catch {
    return [];
  }
}

function sendOnce(baseUrl: string, fuzz: FuzzRequest): Promise<FuzzResponse & { retryAfter?: number }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method: fuzz.method, path: fuzz.path, headers: { ...fuzz.headers, ...(fuzz.body ? { 'content-length': fuzz.body.length } : {}) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const retryAfter = Number(response.headers['retry-after']);
          resolve({ status: response.statusCode ?? 0, text, codes: codesOf(text), ...(Number.isFinite(retryAfter) ? { retryAfter } : {}) });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(fuzz.body);
  });
}

/**
 * Sends one fuzz request. A 429, or a 503 with Retry-After, is the gateway shedding the fuzz's own
 * pace, not a verdict on the request: like a well-behaved client it waits the Retry-After and sends
 * again (a few times).
 */
export async function sendFuzzRequest(baseUrl: string, fuzz: FuzzRequest): Promise<FuzzResponse> {
  for (let attempt = 1; ; attempt++) {
    const { retryAfter, ...response } = await sendOnce(baseUrl, fuzz);
    const comeBackLater = response.status === 429 || (response.status === 503 && retryAfter !== undefined);
    if (!comeBackLater || attempt >= 5) return response;
    await new Promise((resolve) => setTimeout(resolve, (retryAfter ?? 1) * 1_000));
  }
}
