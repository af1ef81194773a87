import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { subgraphs } from '../subgraphs';

// Debian's chromium (scripts/bootstrap.sh installs it for the tests); CHROMIUM_PATH names another.
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));

describe('GraphQL explorer in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!chromium) throw new Error('No chromium: run sh scripts/bootstrap.sh test, or set CHROMIUM_PATH');
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
  });
  afterAll(() => browser?.close());

  it('should run the example query with the dev token and show data from every subgraph, loading nothing from elsewhere', async () => {
    const gateway = process.env.GROUNDSWELL_E2E_GATEWAY!;
    const token = await signDevToken({ sub: 'e2e-explorer', tenant: 'e2e-explorer', roles: ['owner'] }, developmentTokenSettings(process.env));
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1200 });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    await page.goto(`${gateway}/explorer#token=${token}`);
    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 60_000 });
    const editorText = (selector: string) =>
      page.$eval(selector, (element) => (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    expect(await editorText('.graphiql-query-editor .CodeMirror')).toContain('Status { service');
    expect(page.url()).not.toContain(token); // the token leaves the address bar

    await page.click('.graphiql-execute-button');
    // Evaluated in the page, where CodeMirror hangs its editor on the element.
    await page.waitForFunction(`(document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror?.getValue() ?? '').includes('"data"')`, { timeout: 60_000 });
    const result = JSON.parse(await editorText('.graphiql-response .CodeMirror')) as { data: Record<string, { service: string }>; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data).map((status) => status.service).sort()).toEqual(subgraphs.map(({ name }) => name).sort());
    // Fonts and images are inline (data: URLs); every fetched file comes from the gateway.
    expect(requested.filter((url) => !url.startsWith('data:') && !url.startsWith(`${gateway}/`))).toEqual([]);
  }, 120_000);
});
