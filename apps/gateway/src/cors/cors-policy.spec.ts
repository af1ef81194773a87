import { gatewayCorsPolicy } from './cors-policy';

const allows = (policy: ReturnType<typeof gatewayCorsPolicy>, origin: string) => {
  if (!policy) return false;
  const allowed = policy.origin;
  return Array.isArray(allowed) ? allowed.includes(origin) : allowed instanceof RegExp ? allowed.test(origin) : false;
};

describe(gatewayCorsPolicy.name, () => {
  it('should allow exactly the configured origins, in any mode', () => {
    for (const NODE_ENV of ['production', 'development'] as const) {
      const policy = gatewayCorsPolicy({ NODE_ENV, CORS_ORIGINS: ['https://ops.example.com', 'https://partner.example.org'] });
      expect(allows(policy, 'https://ops.example.com')).toBe(true);
      expect(allows(policy, 'https://partner.example.org')).toBe(true);
      expect(allows(policy, 'http://localhost:5173')).toBe(false);
      expect(allows(policy, 'https://ops.example.com.evil.io')).toBe(false);
    }
  });

  it('should send no CORS headers at all in production when no origin is configured', () => {
    expect(gatewayCorsPolicy({ NODE_ENV: 'production', CORS_ORIGINS: undefined })).toBe(false);
    expect(gatewayCorsPolicy({ NODE_ENV: 'production', CORS_ORIGINS: [] })).toBe(false);
  });

  it('should let local front-end dev servers in outside production, and nothing else', () => {
    const policy = gatewayCorsPolicy({ NODE_ENV: 'development', CORS_ORIGINS: undefined });
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000', 'https://localhost', 'http://[::1]:8080']) expect(allows(policy, origin)).toBe(true);
    for (const origin of ['http://localhost.evil.io', 'https://evil.io', 'http://10.0.0.5:3000', 'http://localhost:5173.evil.io']) expect(allows(policy, origin)).toBe(false);
  });

  it('should never ask browsers to send cookies: credentials are bearer tokens and API keys', () => {
    expect(gatewayCorsPolicy({ NODE_ENV: 'development', CORS_ORIGINS: undefined })).not.toHaveProperty('credentials', true);
  });
});
