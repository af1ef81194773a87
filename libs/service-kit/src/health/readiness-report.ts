export const READINESS_REPORT = Symbol('READINESS_REPORT');

/**
 * Shown by /health/ready without deciding it: the gateway names the subgraphs it cannot reach, and
 * stays ready, because every query that needs only the others still answers in full.
 */
export interface ReadinessReport {
  name: string;
  report(): Promise<Record<string, unknown>>;
}
