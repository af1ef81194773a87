import { httpErrorBody, type PublicErrorCode } from '@groundswell/service-kit';

/** A webhook refusal, in the shape every HTTP endpoint answers with (`httpErrorBody`). */
export interface WebhookError {
  status: number;
  headers?: Record<string, string>;
  body: ReturnType<typeof httpErrorBody>;
}

export function webhookError(status: number, code: PublicErrorCode, message: string, reason?: string, headers?: Record<string, string>): WebhookError {
  return { status, ...(headers ? { headers } : {}), body: httpErrorBody({ code, ...(reason ? { reason } : {}), message }) };
}

/** The audit result of a forwarded answer: `ok`, or the refusal's code. */
export function webhookResult(answer: { status: number; body: unknown }): string {
  if (answer.status < 400) return 'ok';
  const code = (answer.body as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'INTERNAL';
}
