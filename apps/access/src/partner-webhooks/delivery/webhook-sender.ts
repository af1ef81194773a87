import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { SignedHeaders } from './webhook-signer';

export interface SendResult {
  /** The receiver's HTTP status; absent when no answer came. */
  status?: number;
  error?: string;
  durationMs: number;
}

export const webhookTimeoutMs = 10_000;

/** One POST of a signed delivery; 2xx is success, anything else (or no answer in time) a failure. */
export function sendWebhook(url: string, body: string, headers: SignedHeaders, lookup: LookupFunction | undefined): Promise<SendResult> {
  const started = performance.now();
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const outgoing = request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Groundswell-Webhooks/1' },
        timeout: webhookTimeoutMs,
        lookup,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode, durationMs: elapsed() }));
        response.on('error', (error) => resolve({ status: response.statusCode, error: error.message, durationMs: elapsed() }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${webhookTimeoutMs} ms`)));
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code === 'URL_FORBIDDEN' ? `URL_FORBIDDEN: ${error.message}` : error.message, durationMs: elapsed() }));
    outgoing.end(body);
  });
}

export const succeeded = (result: SendResult) => result.status !== undefined && result.status >= 200 && result.status < 300;
