// Module boundaries, checked by dependency-cruiser in `npm test` (scripts/boundaries/boundaries.spec.ts)
// and on demand with `npm run boundaries`. Paths are relative to the repository root.

/** Test code: specs, test folders, fixtures and fuzz cases, and the test runner's own packages. */
const testCode = [
  '[.-](int-|e2e-)?spec\\.ts$',
  '(^|/)(testing|__fixtures__|fixtures|fuzz)/',
  '(^|/)node_modules/(jest|expect|@jest/[^/]+|@types/jest)/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-imports-app',
      comment: 'Libraries (libs/*) never import an application: apps depend on libs, not the other way round.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'lib-imports-scripts',
      comment: 'Libraries (libs/*) never import the repository scripts: those sit on top of apps and libs.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'lib-imports-deploy',
      comment: 'Libraries (libs/*) never import the local deployment; only an integration spec may, to stop and start a server it tests an outage of.',
      severity: 'error',
      from: { path: '^libs/', pathNot: '\\.int-spec\\.ts$' },
      to: { path: '^deploy/' },
    },
    {
      name: 'app-imports-other-app',
      comment: 'An app never imports another app’s code: services meet on Kafka and in the supergraph, shared contracts live in libs.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'barrel-exports-test-code',
      comment: 'A library’s runtime barrel (libs/<lib>/src/index.ts) reaches no test code: no specs, no testing/ folders, nothing of jest.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/index\\.ts$', pathNot: '^libs/test-kit/' },
      to: { path: [...testCode, '^libs/test-kit/'], reachable: true },
    },
    {
      name: 'runtime-imports-dev-dependency',
      comment: 'Service code (apps/*/src, libs/*/src outside tests) imports only `dependencies`: a production install (npm install --omit=dev) has nothing else.',
      severity: 'error',
      from: { path: '^(apps|libs)/[^/]+/src/', pathNot: testCode },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'runtime-imports-undeclared-package',
      comment: 'Every package that service code imports is declared in package.json, not merely installed as some other package’s dependency.',
      severity: 'error',
      from: { path: '^(apps|libs)/[^/]+/src/', pathNot: testCode },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles: between libs they make the build order undefined, inside a lib they hide a missing layer.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Packages stay in the graph (a barrel must not reach jest) but are not cruised themselves.
    exclude: { path: ['^dist/', '^\\.local/'] },
    // Type-only imports count: `import type` from another app still couples the two.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
  },
};
