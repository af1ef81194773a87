import type { FuzzRequest } from './fuzz-request';
import type { FuzzResponse } from './send-fuzz-request';
import { findLeaks, type Leak } from './leak-detector';

export interface FuzzFinding {
  family: string;
  label: string;
  status: number;
  codes: string[];
  leaks: Leak[];
}

/** Counts of a fuzz run, and the requests that broke a rule (a 5xx, an INTERNAL, a leak). */
export class FuzzTally {
  sent = 0;
  succeeded = 0;
  clientErrors = 0;
  serverErrors = 0;
  internal = 0;
  leaks = 0;
  readonly findings: FuzzFinding[] = [];
  readonly byFamily = new Map<string, number>();

  record(request: FuzzRequest, response: FuzzResponse): void {
    this.sent += 1;
    this.byFamily.set(request.family, (this.byFamily.get(request.family) ?? 0) + 1);
    const requestText = `${request.path} ${JSON.stringify(request.headers)} ${request.body?.toString('utf8') ?? ''}`;
    const answered = response.status < 400 && response.codes.length === 0;
    const leaks = findLeaks(response.text, requestText, { answered });
    const internal = response.codes.includes('INTERNAL');
    if (response.status >= 500) this.serverErrors += 1;
    else if (response.status >= 400 || response.codes.length > 0) this.clientErrors += 1;
    else this.succeeded += 1;
    if (internal) this.internal += 1;
    if (leaks.length > 0) this.leaks += 1;
    if (response.status >= 500 || internal || leaks.length > 0) {
      this.findings.push({ family: request.family, label: request.label, status: response.status, codes: response.codes, leaks });
    }
  }

  summary(): string {
    const families = [...this.byFamily].map(([family, count]) => `${family} ${count}`).join(', ');
    return `fuzz: ${this.sent} requests sent (${families}); ${this.succeeded} answered, ${this.clientErrors} client errors (4xx-class), ${this.serverErrors} 5xx, ${this.internal} INTERNAL, ${this.leaks} leaks`;
  }
}
