import { existsSync } from 'node:fs';
import { subgraphs } from '../subgraphs';
import { explorerAssets } from './explorer-assets';
import { explorerEnabled } from './explorer.controller';
import { exampleTabs, explorerPage } from './explorer-page';

describe('GraphQL explorer', () => {
  it('should load nothing but its own assets, each of them a file the gateway has', () => {
    const page = explorerPage();
    const loaded = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(loaded.length).toBeGreaterThanOrEqual(5);
    for (const url of loaded) expect(url).toMatch(/^\/explorer\/assets\/[\w.-]+$/);
    const served = new Set([...Object.keys(explorerAssets), 'explorer.js']);
    expect(loaded.map((url) => url.slice('/explorer/assets/'.length)).filter((name) => !served.has(name))).toEqual([]);
    for (const asset of Object.values(explorerAssets)) expect(existsSync(asset.file)).toBe(true);
  });

  it('should open with a query every subgraph answers', () => {
    expect(subgraphs.filter(({ name }) => !exampleTabs[0]!.query.includes(`${name}Status {`))).toEqual([]);
  });

  it('should keep a query in the page from closing its script element', () => {
    expect(explorerPage('/graphql?x=</script><script>alert(1)</script>')).not.toContain('</script><script>alert(1)');
  });

  it('should be off in production only', () => {
    expect([explorerEnabled({ NODE_ENV: 'development' }), explorerEnabled({ NODE_ENV: 'test' }), explorerEnabled({ NODE_ENV: 'production' })]).toEqual([true, true, false]);
  });
});
