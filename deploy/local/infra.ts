// CLI for the local infrastructure: `node deploy/local/infra.ts up|down|status|logs [-f]`.
// The logic lives in ./infra-lib.ts (also imported by jest tests).
//
// This file deliberately has no static import/export: without "type" in package.json, Node parses
// it as CommonJS and loads the ESM library with require(), which avoids Node's
// MODULE_TYPELESS_PACKAGE_JSON warning on every run. If package.json ever gets "type": "module",
// `require` is undefined and the dynamic import() branch takes over.
type InfraLib = typeof import('./infra-lib.ts');

// kafkajs 2.2.4 schedules a negative setTimeout on every connection, which Node 24 reports as a
// TimeoutNegativeWarning (tulios/kafkajs#1751, harmless). Keep the CLI output clean.
const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const opt = rest[0];
  const type =
    typeof warning === 'object' ? warning.name : typeof opt === 'string' ? opt : (opt as { type?: string } | undefined)?.type;
  if (type === 'TimeoutNegativeWarning') return;
  emitWarning(warning, ...rest);
}) as typeof process.emitWarning;

const loadInfraLib: Promise<InfraLib> =
  typeof require === 'function' ? Promise.resolve(require('./infra-lib.ts') as InfraLib) : import('./infra-lib.ts');

loadInfraLib
  .then((lib) => lib.main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
