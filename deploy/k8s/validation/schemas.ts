import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { K8sObject } from './rendered-manifests';

// Schemas from npm: the Kubernetes API (kubernetes-models) and the operators that publish theirs there
// (KEDA, Prometheus operator). Strimzi and CloudNativePG publish no schema package; their objects are
// held to the rules of manifests.spec.ts and consistency.spec.ts instead.
export const withoutPublishedSchema = new Set(['kafka.strimzi.io', 'postgresql.cnpg.io']);

const validator = resolve(__dirname, 'validate-objects.mjs');

/** Every schema violation, or a kind no schema is known for; empty when all objects are valid. */
export function schemaProblems(objects: K8sObject[]): string[] {
  const checked = objects.filter((object) => !withoutPublishedSchema.has(object.apiVersion.split('/')[0]!));
  const run = spawnSync(process.execPath, [validator], { input: JSON.stringify(checked), encoding: 'utf8', cwd: resolve(__dirname, '../../..'), maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`schema validation failed to run (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}
