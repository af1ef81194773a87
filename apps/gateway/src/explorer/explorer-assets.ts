// GraphiQL and React from node_modules, served by the gateway itself: developers' machines have no
// internet, so nothing may come from a CDN. GraphiQL 4 is the last release with a UMD build that
// runs as it is shipped (5 needs a bundler for Monaco's workers); React 18 the last with UMD builds.

import { dirname, join } from 'node:path';

export interface ExplorerAsset {
  file: string;
  contentType: string;
}

const javascript = 'text/javascript; charset=utf-8';
// The UMD files are outside the packages' `exports`: found beside their package.json.
const inPackage = (name: string, file: string) => join(dirname(require.resolve(`${name}/package.json`)), file);

/** Every file the explorer page loads, by the name it is served under `/explorer/assets/`. */
export const explorerAssets: Record<string, ExplorerAsset> = {
  'react.js': { file: inPackage('react', 'umd/react.production.min.js'), contentType: javascript },
  'react-dom.js': { file: inPackage('react-dom', 'umd/react-dom.production.min.js'), contentType: javascript },
  'graphiql.js': { file: inPackage('graphiql', 'graphiql.min.js'), contentType: javascript },
  'graphiql.css': { file: inPackage('graphiql', 'graphiql.min.css'), contentType: 'text/css; charset=utf-8' },
};

/**
 * Starts GraphiQL with the example tabs from the page's JSON config. A token in the address's
 * fragment (`#token=…`, never sent to a server) fills the Authorization header, then leaves the
 * address bar; without one the header holds a placeholder to paste the token over.
 */
export const explorerScript = `(function () {
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (token) history.replaceState(null, '', location.pathname + location.search);
  var headers = JSON.stringify({ authorization: 'Bearer ' + (token || config.tokenPlaceholder) }, null, 2);
  var tabs = config.tabs.map(function (tab) { return { query: tab.query, variables: tab.variables, headers: headers }; });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
      defaultTabs: tabs,
      defaultHeaders: headers,
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    }),
  );
})();
`;
