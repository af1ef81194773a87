// Erasable TypeScript only: also read by scripts/supergraph.ts, which Node runs directly.
import type { Permission, PermissionManifest } from '@groundswell/service-kit';

/** Root field → its subgraph and the permissions its resolver requires, committed beside the supergraph. */
export interface OperationPermissions {
  Query: Record<string, OperationPermission>;
  Mutation: Record<string, OperationPermission>;
}

export interface OperationPermission {
  service: string;
  /** Every one is needed; empty means any authenticated caller. */
  permissions: Permission[];
}

export const operationPermissionsFile = 'apps/gateway/operation-permissions.json';

/** One manifest for the whole supergraph; a root field answered by two subgraphs is a mistake worth stopping for. */
export function mergeOperationPermissions(services: ReadonlyArray<{ name: string; manifest: PermissionManifest }>): OperationPermissions {
  const merged: OperationPermissions = { Query: {}, Mutation: {} };
  for (const { name, manifest } of services) {
    for (const rootType of ['Query', 'Mutation'] as const) {
      for (const [field, permissions] of Object.entries(manifest[rootType])) {
        const earlier = merged[rootType][field];
        if (earlier) throw new Error(`${rootType}.${field} is declared by both ${earlier.service} and ${name}`);
        merged[rootType][field] = { service: name, permissions };
      }
    }
  }
  const sorted = (record: Record<string, OperationPermission>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return { Query: sorted(merged.Query), Mutation: sorted(merged.Mutation) };
}

export const printOperationPermissions = (permissions: OperationPermissions): string => `${JSON.stringify(permissions, null, 2)}\n`;
