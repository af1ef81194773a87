import type { INestApplicationContext } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { requiredPermissionsOf } from './require-permissions.decorator';
import type { Permission } from './permissions';

/** Root field → every permission its resolver requires; `[]` means any authenticated caller. */
export interface PermissionManifest {
  Query: Record<string, Permission[]>;
  Mutation: Record<string, Permission[]>;
}

// Set by @nestjs/graphql's @Query/@Mutation on the resolver method (graphql.constants).
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

const sortedByKey = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/** What `@RequirePermissions` declares on each root Query/Mutation resolver of an initialised application. */
export function collectPermissionManifest(app: INestApplicationContext): PermissionManifest {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const manifest: PermissionManifest = { Query: {}, Mutation: {} };
  for (const wrapper of discovery.getProviders()) {
    const resolverClass = wrapper.metatype as (new (...args: never[]) => object) | undefined;
    if (!wrapper.instance || typeof resolverClass !== 'function') continue;
    const prototype = Object.getPrototypeOf(wrapper.instance) as object;
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[methodName] as (...args: unknown[]) => unknown;
      const rootType = reflector.get<string | undefined>(RESOLVER_TYPE_METADATA, handler);
      if (rootType !== 'Query' && rootType !== 'Mutation') continue;
      const field = reflector.get<string | undefined>(RESOLVER_NAME_METADATA, handler) ?? methodName;
      if (field in manifest[rootType]) throw new Error(`Two resolvers answer ${rootType}.${field}`);
      manifest[rootType][field] = [...requiredPermissionsOf(reflector, handler, resolverClass)].sort();
    }
  }
  return { Query: sortedByKey(manifest.Query), Mutation: sortedByKey(manifest.Mutation) };
}
