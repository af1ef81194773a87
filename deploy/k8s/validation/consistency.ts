import { named, ofKind, type K8sObject } from './rendered-manifests';
import type { SettingsReadByCode } from './settings-read-by-code';

// Code versus manifests, both ways. Each function names every difference; an empty list means they agree.

interface Container {
  name: string;
  args?: string[];
  env?: Array<{ name: string }>;
  envFrom?: Array<{ configMapRef?: { name: string } }>;
  ports?: Array<{ name?: string; containerPort: number }>;
}
type PodSpec = { containers: Container[] };

export const serviceDeployments = (objects: K8sObject[]) =>
  ofKind(objects, 'Deployment').filter((deployment) => ['gateway', 'subgraph'].includes(deployment.metadata.labels?.['app.kubernetes.io/component'] ?? ''));

export function mainContainer(deployment: K8sObject): Container {
  const spec = (deployment.spec as { template: { spec: PodSpec } }).template.spec;
  return spec.containers.find((container) => container.name === deployment.metadata.name) ?? spec.containers[0]!;
}

/** Registered services (libs/service-kit/src/registry) against the Deployments, Services, ServiceAccounts and NetworkPolicies. */
export function serviceProblems(registered: ReadonlyArray<{ name: string; port: number }>, objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const deployed = new Set(serviceDeployments(objects).map((deployment) => deployment.metadata.name));
  for (const { name, port } of registered) {
    if (!deployed.has(name)) {
      problems.push(`service ${name} is registered but has no Deployment`);
      continue;
    }
    for (const kind of ['Service', 'ServiceAccount', 'NetworkPolicy']) if (!named(objects, kind, name)) problems.push(`service ${name} has no ${kind}`);
    const container = mainContainer(named(objects, 'Deployment', name)!);
    if (container.args?.[0] !== name) problems.push(`Deployment ${name} starts "${container.args?.[0]}"`);
    if (!container.ports?.some((containerPort) => containerPort.containerPort === port)) problems.push(`Deployment ${name} does not expose port ${port}`);
  }
  for (const name of deployed) if (!registered.some((service) => service.name === name)) problems.push(`Deployment ${name} runs no registered service`);
  return problems;
}

/** The topic catalogue against the KafkaTopics (their `spec.topicName`). */
export function topicProblems(catalogue: readonly string[], objects: K8sObject[]): string[] {
  const declared = ofKind(objects, 'KafkaTopic').map((topic) => (topic.spec as { topicName?: string }).topicName ?? topic.metadata.name);
  return [
    ...catalogue.filter((topic) => !declared.includes(topic)).map((topic) => `topic ${topic} is in the catalogue but has no KafkaTopic`),
    ...declared.filter((topic) => !catalogue.includes(topic)).map((topic) => `KafkaTopic ${topic} is not in the catalogue`),
  ];
}

/** The variables a service's container gets: its `env` and every key of the ConfigMaps it takes whole. */
export function containerVariables(objects: K8sObject[], deployment: K8sObject): Set<string> {
  const container = mainContainer(deployment);
  const names = new Set((container.env ?? []).map((variable) => variable.name));
  for (const source of container.envFrom ?? []) {
    const configMap = source.configMapRef && named(objects, 'ConfigMap', source.configMapRef.name);
    for (const key of Object.keys((configMap?.data as Record<string, string> | undefined) ?? {})) names.add(key);
  }
  return names;
}

const unsetAnnotation = 'groundswell.io/unset-variables';

/** Variables the manifests deliberately leave unset (annotation on a ConfigMap); `<X>` stands for any suffix. */
export function deliberatelyUnset(objects: K8sObject[]): RegExp[] {
  return ofKind(objects, 'ConfigMap')
    .flatMap((configMap) => (configMap.metadata.annotations?.[unsetAnnotation] ?? '').split(/\s+/).filter(Boolean))
    .map((name) => new RegExp(`^${name.replace(/<[A-Z]+>/g, '[A-Z0-9_]+')}$`));
}

// The OpenTelemetry SDK reads its own OTEL_* variables (exporter endpoint, headers, sampler).
const readByLibraries = /^OTEL_/;

/** Variables read by the code against the variables the manifests set, both ways. */
export function variableProblems(settings: SettingsReadByCode, objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const unset = deliberatelyUnset(objects);
  const isUnset = (name: string) => unset.some((pattern) => pattern.test(name));
  const setFor = new Map(serviceDeployments(objects).map((deployment) => [deployment.metadata.name, containerVariables(objects, deployment)]));
  const setAnywhere = new Set([...setFor.values()].flatMap((names) => [...names]));
  for (const name of settings.shared) {
    if (!setAnywhere.has(name) && !isUnset(name)) problems.push(`${name} is read by every service but set for none`);
  }
  for (const [service, names] of settings.byService) {
    for (const name of names) if (!setFor.get(service)?.has(name) && !isUnset(name)) problems.push(`${name} is read by ${service} but not set for it`);
  }
  for (const [service, names] of setFor) {
    const read = new Set([...settings.shared, ...(settings.byService.get(service as never) ?? [])]);
    for (const name of names) if (!read.has(name) && !readByLibraries.test(name)) problems.push(`${name} is set for ${service} but its code never reads it`);
  }
  const readAnywhere = [...settings.shared, ...[...settings.byService.values()].flatMap((names) => [...names])];
  for (const pattern of unset) if (!readAnywhere.some((name) => pattern.test(name))) problems.push(`${pattern.source} is marked unset but no code reads it`);
  return problems;
}
