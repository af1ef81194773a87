// Three projects: unit (no I/O), integration (real PostgreSQL, Kafka, Redis), e2e (services running, through the gateway).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const swc = {
  sourceMaps: 'inline',
  module: { type: 'commonjs' },
  jsc: {
    target: 'es2023',
    keepClassNames: true,
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
  },
};

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.local/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.local/'],
};

module.exports = {
  // Jest takes a sequencer only here, for all projects: it runs the e2e audit-coverage spec last,
  // which checks that every mutation the other specs sent reached the audit log.
  testSequencer: '<rootDir>/scripts/test-setup/test-sequencer.cjs',
  // A worker is replaced once it holds 1.5 GB after a file: one process running every unit suite
  // outgrew V8's 4 GB heap as the suite grew. Jest 30 takes this in config only, not on the CLI.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/scripts/test-setup/integration-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/scripts/test-setup/real-server-timeout.ts'],
      slowTestThreshold: 60,
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/scripts/test-setup/e2e-setup.ts',
      globalTeardown: '<rootDir>/scripts/test-setup/e2e-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/scripts/test-setup/real-server-timeout.ts'],
      slowTestThreshold: 60,
    },
  ],
};
