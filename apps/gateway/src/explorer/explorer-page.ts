import { subgraphs } from '../subgraphs';

export interface ExampleTab {
  query: string;
  variables?: string;
}

/** The queries the explorer opens with: the first one reaches every subgraph. */
export const exampleTabs: ExampleTab[] = [
  {
    query: `# Every subgraph answers: its build and schema migration.\n{\n${subgraphs.map(({ name }) => `  ${name}Status { service version schemaMigration }`).join('\n')}\n}\n`,
  },
  { query: '# Communities and their member counts.\n{\n  communities(first: 10) {\n    edges { node { id name platform memberCount } }\n  }\n}\n' },
  {
    query:
      '# The first members of a community (put one of its ids into the variables).\nquery Members($communityId: ID!) {\n  members(filter: { communityId: $communityId }, first: 5) {\n    edges { node { id displayName registeredAt memberships { community { name } channel } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}\n',
    variables: '{ "communityId": "" }',
  },
];

export const tokenPlaceholder = '<paste the token npm start printed; more: npm run token>';

/** JSON inside a <script> element: `<` escaped so no string in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function explorerPage(endpoint = '/graphql'): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>Groundswell GraphQL explorer</title>
    <link rel="stylesheet" href="/explorer/assets/graphiql.css" />
    <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Loading…</div>
    <script type="application/json" id="explorer-config">${scriptJson({ endpoint, tokenPlaceholder, tabs: exampleTabs })}</script>
    <script src="/explorer/assets/react.js"></script>
    <script src="/explorer/assets/react-dom.js"></script>
    <script src="/explorer/assets/graphiql.js"></script>
    <script src="/explorer/assets/explorer.js"></script>
  </body>
</html>
`;
}
