/** What an error response must never show: how the server is built or where it runs. */
const leakPatterns: Array<[string, RegExp]> = [
  ['stack trace', /\n\s+at\s|\bat [\w$.<>]+ \([^)]*:\d+:\d+\)|\.(?:ts|js|mjs|cjs):\d+:\d+/],
  ['SQL', /\b(?:SELECT\b.+\bFROM|INSERT INTO|UPDATE\s+\w+\s+SET|DELETE FROM)\b|syntax error at or near|violates (?:unique|foreign key|check|not-null) constraint|\brelation "\w+"|\bSQLSTATE\b/i],
  ['host', /\b127\.0\.0\.1\b|\blocalhost\b|\b(?:\d{1,3}\.){3}\d{1,3}:\d{2,5}\b|\.svc\.cluster\.local\b|\bECONNREFUSED\b/],
  ['file path', /(?:\/(?:work|home|root|usr|app|var|opt|tmp)\/[\w.-]+\/)|\bnode_modules\b|\bdist\/(?:apps|libs)\//],
];

export interface Leak {
  kind: string;
  excerpt: string;
}

/** Kinds that can be data in an answer the client asked for (a partner's bootstrap servers, a webhook's URL), so only refusals are searched for them. */
const answerableKinds = new Set(['host']);

/**
 * The leaks in a response: a pattern that matches text the client did not send itself (an error
 * may quote the client's own value, `'; DROP TABLE` included, without leaking anything).
 */
export function findLeaks(responseText: string, requestText: string, { answered = false } = {}): Leak[] {
  const leaks: Leak[] = [];
  for (const [kind, pattern] of leakPatterns) {
    if (answered && answerableKinds.has(kind)) continue;
    const match = pattern.exec(responseText);
    if (match && !requestText.includes(match[0])) leaks.push({ kind, excerpt: responseText.slice(Math.max(0, match.index - 40), match.index + 80) });
  }
  return leaks;
}
