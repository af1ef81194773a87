// Writes libs/events/schemas/<service>/<EventName>/v<N>.json from the zod schemas, and the partner
// topics' AsyncAPI document (libs/events/asyncapi/partners.asyncapi.json) from the partner contracts.
//   node libs/events/scripts/generate-schemas.ts          write new and compatibly changed files
//   node libs/events/scripts/generate-schemas.ts check    only report; exit 1 when any file is stale
// It refuses to overwrite a committed schema with a breaking change: that needs a new version.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';

// The library imports its own files without extensions, as SWC and jest want; Node wants them spelled out.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!/^\.\.?\//.test(specifier) || specifier.endsWith('.ts')) return nextResolve(specifier, context);
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      try {
        return nextResolve(candidate, context);
      } catch {
        // try the next spelling
      }
    }
    return nextResolve(specifier, context);
  },
});

const libraryDirectory = path.resolve(path.dirname(process.argv[1]!), '..');
const schemasDirectory = path.join(libraryDirectory, 'schemas');
const checkOnly = process.argv[2] === 'check';

/** Writes (or, checking, only compares) the generated partner AsyncAPI document; true when it was stale. */
async function partnerAsyncApiStale(): Promise<boolean> {
  const { partnerAsyncApiPath, renderPartnerAsyncApi } = await import('../src/partner/partner-asyncapi.ts');
  const file = path.join(libraryDirectory, partnerAsyncApiPath);
  const rendered = renderPartnerAsyncApi();
  if (existsSync(file) && readFileSync(file, 'utf8') === rendered) return false;
  if (checkOnly) console.error(`${path.relative(process.cwd(), file)} does not match the partner contracts: run npm run events:schemas`);
  else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, rendered);
    console.log(`updated ${path.relative(process.cwd(), file)}`);
  }
  return true;
}

void import('../src/index.ts').then(async ({ renderSchemas, schemaStatus, schemaStatusProblem }) => {
  const plans = renderSchemas().map((rendered) => {
    const file = path.join(schemasDirectory, rendered.path);
    const status = schemaStatus(rendered, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    return { rendered, file, status, problem: schemaStatusProblem(rendered, status) };
  });

  const breaking = plans.filter((plan) => plan.status.kind === 'breaking-change');
  if (breaking.length > 0) {
    for (const plan of breaking) console.error(plan.problem);
    process.exit(1);
  }
  const stale = plans.filter((plan) => plan.status.kind !== 'unchanged');
  const asyncApiStale = await partnerAsyncApiStale();
  if (checkOnly) {
    for (const plan of stale) console.error(plan.problem);
    console.log(`${plans.length - stale.length} of ${plans.length} event schemas are up to date.`);
    process.exit(stale.length > 0 || asyncApiStale ? 1 : 0);
  }
  for (const plan of stale) {
    mkdirSync(path.dirname(plan.file), { recursive: true });
    writeFileSync(plan.file, plan.rendered.json);
    console.log(`${plan.status.kind === 'new' ? 'created' : 'updated'} ${path.relative(process.cwd(), plan.file)}`);
  }
  console.log(`${plans.length} event schemas, ${stale.length} written.`);
});
