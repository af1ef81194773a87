// `npm run new:service -- <name> [--entity <Entity>] [--read-permission <p>] [--write-permission <p>] [--writer-role <role>] [--force]`
// Writes apps/<name> from scripts/templates/service: the service's context, one example feature
// (an <Entity> that can be created and renamed: decider and spec, use cases, resolver, projection,
// migration, queries, integration and e2e specs) and registers it in the service registry, which
// the gateway, the supergraph script and `npm start` read. Erasable TypeScript: Node runs it directly.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { permissions } from '../libs/service-kit/src/auth/permissions.ts';
import { roles } from '../libs/service-kit/src/auth/roles.ts';
import { services } from '../libs/service-kit/src/registry/service-registry.ts';
import { addToRegistry, nextFreePort, registryFile, templateTokens, type TemplateTokens } from './lib/service-template.ts';

const templateRoot = 'scripts/templates/service';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    entity: { type: 'string' },
    'read-permission': { type: 'string' },
    'write-permission': { type: 'string' },
    'writer-role': { type: 'string', default: 'owner' },
    // Rewrites the template's files in an existing service (never deletes or touches any other file).
    force: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [name] = positionals;
if (!name || !/^[a-z][a-z0-9]*$/.test(name)) {
  fail(
    'Usage: npm run new:service -- <name> [--entity <Entity>] [--read-permission <p>] [--write-permission <p>] [--writer-role <role>] [--force]\n' +
      '<name> is one lowercase word, e.g. "loyalty"; the example feature is an <Entity> (default <Name>Note) that can be created and renamed.',
  );
}
const registered = services.some((service) => service.name === name);
if (existsSync(`apps/${name}`) && !values.force) fail(`apps/${name} exists; --force rewrites the template's files in it.`);

const tokens: TemplateTokens = templateTokens({
  service: name,
  entity: values.entity ?? `${name[0]!.toUpperCase()}${name.slice(1)}Note`,
  readPermission: values['read-permission'] ?? `${name}:read`,
  writePermission: values['write-permission'] ?? `${name}:manage`,
  writerRole: values['writer-role'],
});
if (!(roles as readonly string[]).includes(tokens.__writer_role__)) fail(`--writer-role must be one of ${roles.join(', ')}.`);
if (!/^[A-Z][A-Za-z0-9]*$/.test(tokens.__Entity__)) fail(`--entity must be PascalCase, e.g. ContentDraft (not "${tokens.__Entity__}").`);

const fill = (text: string) => Object.entries(tokens).reduce((filled, [token, value]) => filled.replaceAll(token, value), text);

function templateFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? templateFiles(path) : [path];
  });
}

const written = templateFiles(templateRoot).map((template) => {
  const target = join(`apps/${name}`, fill(relative(templateRoot, template)).replace(/\.tmpl$/, ''));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, fill(readFileSync(template, 'utf8')));
  return target;
});
console.log(written.map((path) => `wrote ${path}`).join('\n'));

if (!registered) {
  const port = nextFreePort(services);
  writeFileSync(registryFile, addToRegistry(readFileSync(registryFile, 'utf8'), name, port));
  console.log(`registered ${name} on port ${port} in ${registryFile}`);
}

const unknown = [tokens.__read_permission__, tokens.__write_permission__].filter((permission) => !(permissions as readonly string[]).includes(permission));
console.log(`
Next:
${unknown.length > 0 ? `  - add ${unknown.join(' and ')} to libs/service-kit/src/auth/permissions.ts and grant them to the roles that need them\n` : ''}  - flock /tmp/gs-heavy.lock npm run supergraph   (composes the new subgraph into apps/gateway/supergraph.graphql)
  - add the service to the README's ports table
  - add its Kubernetes manifests (deploy/k8s/README.md, "Kept in step with the code"): deploy/k8s/consistency.spec.ts fails until they exist
  - npm run typecheck, then its unit, integration and e2e specs`);
