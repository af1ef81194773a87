import { isForbiddenAddress, WebhookUrlPolicy } from './webhook-url-policy';

describe('WebhookUrlPolicy', () => {
  const production = new WebhookUrlPolicy(true);

  it.each([
    'https://127.0.0.1/hook',
    'https://10.1.2.3/hook',
    'https://172.20.0.5/hook',
    'https://192.168.1.10/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://100.64.1.1/hook',
    'https://[::1]/hook',
    'https://[fe80::1]/hook',
    'https://[fd00::7]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://0.0.0.0/hook',
    'https://localhost/hook',
  ])('should refuse %s in production as URL_FORBIDDEN', async (url) => {
    await expect(production.check(url)).rejects.toMatchObject({ code: 'URL_FORBIDDEN', category: 'BAD_USER_INPUT' });
  });

  it('should accept a public https address and refuse plain http in production', async () => {
    await expect(production.check('https://93.184.216.34/hooks/groundswell')).resolves.toBe('https://93.184.216.34/hooks/groundswell');
    await expect(production.check('http://93.184.216.34/hook')).rejects.toMatchObject({ code: 'URL_INSECURE' });
  });

  it('should refuse what is not an http(s) URL, or carries credentials, in every mode', async () => {
    const development = new WebhookUrlPolicy(false);
    for (const url of ['not a url', 'ftp://example.com/x', 'file:///etc/passwd', 'https://user:pw@example.com/x', `https://example.com/${'x'.repeat(2001)}`]) {
      await expect(development.check(url)).rejects.toMatchObject({ code: 'URL_INVALID' });
    }
    await expect(development.check('http://127.0.0.1:9999/hook')).resolves.toBe('http://127.0.0.1:9999/hook');
  });

  it('should tell public from forbidden addresses', () => {
    expect(['8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'].map(isForbiddenAddress)).toEqual([false, false, false]);
    expect(['127.0.0.2', '::1', '::ffff:10.0.0.1', 'not-an-ip'].map(isForbiddenAddress)).toEqual([true, true, true, true]);
  });
});
