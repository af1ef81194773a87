// Validates Kubernetes objects (JSON array on stdin) against the schemas published on npm; prints a
// JSON array of problems. A separate Node process: these model packages are ESM-only, jest runs CommonJS.
import { readFileSync } from 'node:fs';

const packages = { 'keda.sh': '@kubernetes-models/keda', 'monitoring.coreos.com': '@kubernetes-models/prometheus-operator' };

async function problemsOf(object) {
  const where = `${object.kind}/${object.metadata?.name}`;
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  const modulePath = group in packages ? `${packages[group]}/${group}/${version}` : `kubernetes-models/${group ? `${group}/` : ''}${version}`;
  let Model;
  try {
    Model = (await import(modulePath))[object.kind];
  } catch {
    Model = undefined;
  }
  if (!Model) return [`${where}: no schema for ${object.apiVersion} ${object.kind}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [`${where}: ${error.message}`];
  }
}

const objects = JSON.parse(readFileSync(0, 'utf8'));
const problems = (await Promise.all(objects.map(problemsOf))).flat();
process.stdout.write(JSON.stringify(problems));
