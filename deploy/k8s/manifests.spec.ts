import { named, ofKind, overlays, renderOverlay, type K8sObject, type Overlay } from './validation/rendered-manifests';
import { schemaProblems } from './validation/schemas';
import { mainContainer, serviceDeployments } from './validation/consistency';

type Pod = {
  terminationGracePeriodSeconds?: number;
  securityContext?: { runAsNonRoot?: boolean; seccompProfile?: { type: string } };
  containers: Array<{
    securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
    lifecycle?: { preStop?: { sleep?: { seconds: number } } };
    livenessProbe?: { httpGet?: { path: string } };
    readinessProbe?: { httpGet?: { path: string } };
    resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  }>;
};
const podOf = (deployment: K8sObject) => (deployment.spec as { template: { spec: Pod } }).template.spec;
const specOf = <T>(object: K8sObject | undefined) => object?.spec as T;

const rendered = new Map<Overlay, K8sObject[]>(overlays.map((overlay) => [overlay, renderOverlay(overlay)]));

describe.each(overlays)('deploy/k8s overlay %s', (overlay) => {
  const objects = rendered.get(overlay)!;

  it('should render with kubectl kustomize, every object in the overlay namespace', () => {
    expect(objects.length).toBeGreaterThan(50);
    const namespace = overlay === 'production' ? 'groundswell' : 'groundswell-dev';
    expect(objects.filter((object) => object.metadata.namespace !== namespace).map((object) => `${object.kind}/${object.metadata.name}`)).toEqual([]);
  });

  it('should validate every object against the Kubernetes API and operator schemas', () => {
    expect(schemaProblems(objects)).toEqual([]);
  });

  it('should hold no secret values, only references to Secrets', () => {
    expect(ofKind(objects, 'Secret')).toEqual([]);
  });

  it('should run every workload non-root on a read-only root file system without privilege escalation', () => {
    for (const deployment of ofKind(objects, 'Deployment')) {
      const pod = podOf(deployment);
      expect([deployment.metadata.name, pod.securityContext?.runAsNonRoot, pod.securityContext?.seccompProfile?.type]).toEqual([deployment.metadata.name, true, 'RuntimeDefault']);
      for (const container of pod.containers) {
        expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
        expect(container.resources?.requests).toBeDefined();
        expect(container.resources?.limits?.memory).toBeDefined();
      }
    }
  });

  it('should probe every service on /health/live and /health/ready and give it SHUTDOWN_TIMEOUT_MS to drain after the preStop pause', () => {
    const shutdownTimeoutMs = Number((named(objects, 'ConfigMap', 'groundswell-config')!.data as Record<string, string>).SHUTDOWN_TIMEOUT_MS);
    expect(shutdownTimeoutMs).toBeGreaterThan(0);
    for (const deployment of serviceDeployments(objects)) {
      const pod = podOf(deployment);
      const container = pod.containers[0]!;
      expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
      const preStopMs = (container.lifecycle?.preStop?.sleep?.seconds ?? 0) * 1_000;
      expect((pod.terminationGracePeriodSeconds ?? 30) * 1_000).toBeGreaterThan(preStopMs + shutdownTimeoutMs);
    }
  });

  it('should let subgraphs accept only the gateway (and Prometheus), and each database only its own service', () => {
    for (const deployment of serviceDeployments(objects).filter((d) => d.metadata.labels?.['app.kubernetes.io/component'] === 'subgraph')) {
      const policy = specOf<{ ingress: Array<{ from: Array<{ podSelector?: { matchLabels: Record<string, string> } }> }> }>(named(objects, 'NetworkPolicy', deployment.metadata.name));
      const pods = policy.ingress.flatMap((rule) => rule.from).flatMap((peer) => (peer.podSelector ? [peer.podSelector.matchLabels] : []));
      expect(pods).toEqual([{ 'app.kubernetes.io/name': 'gateway' }]);
    }
    for (const cluster of ofKind(objects, 'Cluster')) {
      const service = cluster.metadata.name.replace(/-postgres$/, '');
      const policy = specOf<{ ingress: Array<{ from: Array<{ podSelector?: { matchLabels: Record<string, string> } }>; ports: Array<{ port: number }> }> }>(named(objects, 'NetworkPolicy', cluster.metadata.name));
      const onPostgresPort = policy.ingress.filter((rule) => rule.ports.some((port) => port.port === 5432));
      const clients = onPostgresPort.flatMap((rule) => rule.from).flatMap((peer) => (peer.podSelector ? [peer.podSelector.matchLabels] : []));
      expect(clients).toEqual([{ 'app.kubernetes.io/name': service }, { 'cnpg.io/cluster': cluster.metadata.name }]);
    }
  });

  it('should run Kafka in KRaft mode on node pools for controllers and brokers', () => {
    const [kafka] = ofKind(objects, 'Kafka');
    expect(kafka?.metadata.annotations).toMatchObject({ 'strimzi.io/kraft': 'enabled', 'strimzi.io/node-pools': 'enabled' });
    const roles = ofKind(objects, 'KafkaNodePool').flatMap((pool) => specOf<{ roles: string[] }>(pool).roles);
    expect(roles.sort()).toEqual(['broker', 'controller']);
  });

  it('should give every PostgreSQL cluster a scheduled backup', () => {
    const backedUp = ofKind(objects, 'ScheduledBackup').map((backup) => specOf<{ cluster: { name: string } }>(backup).cluster.name);
    expect(ofKind(objects, 'Cluster').map((cluster) => cluster.metadata.name).sort()).toEqual(backedUp.sort());
  });

  it("should let a partner user read only its tenant's partner topics and its own consumer groups", () => {
    const partners = ofKind(objects, 'KafkaUser').filter((user) => user.metadata.labels?.['groundswell.io/partner'] === 'true');
    expect(partners.length).toBeGreaterThan(0);
    for (const partner of partners) {
      // <tenant>.<partner>.<credential> (ADR 0016)
      const [tenant, partnerName] = partner.metadata.name.split('.');
      const acls = specOf<{ authorization: { acls: Array<{ resource: { type: string; name: string; patternType: string }; operations: string[] }> } }>(partner).authorization.acls;
      expect(acls.map((acl) => [acl.resource.type, acl.resource.name, acl.resource.patternType, acl.operations.sort()])).toEqual([
        ['topic', `gs.partner.${tenant}.`, 'prefix', ['Describe', 'Read']],
        ['group', `${tenant}.${partnerName}.`, 'prefix', ['Describe', 'Read']],
      ]);
    }
  });
});

describe('deploy/k8s schema validation', () => {
  const deployment = () => structuredClone(named(rendered.get('production')!, 'Deployment', 'gateway')!);

  it('should reject an object that breaks its schema', () => {
    const broken = deployment();
    (broken.spec as { replicas: unknown }).replicas = 'three';
    expect(schemaProblems([broken])).toEqual([expect.stringContaining('replicas must be integer')]);
  });

  it('should reject a kind it has no schema for', () => {
    expect(schemaProblems([{ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }])).toEqual(['Widget/w: no schema for example.com/v1 Widget']);
  });
});

describe('deploy/k8s overlays', () => {
  const replicas = (overlay: Overlay) => serviceDeployments(rendered.get(overlay)!).map((d) => (d.spec as { replicas: number }).replicas);

  it('should run one replica of each service in dev and three in production', () => {
    expect(new Set(replicas('dev'))).toEqual(new Set([1]));
    expect(new Set(replicas('production'))).toEqual(new Set([3]));
  });

  it('should protect every production service with a disruption budget, scale the gateway on CPU and the consumers on lag', () => {
    const production = rendered.get('production')!;
    const services = serviceDeployments(production).map((d) => d.metadata.name).sort();
    expect(ofKind(production, 'PodDisruptionBudget').map((pdb) => pdb.metadata.name).sort()).toEqual(services);
    expect(ofKind(production, 'HorizontalPodAutoscaler').map((hpa) => specOf<{ scaleTargetRef: { name: string } }>(hpa).scaleTargetRef.name)).toEqual(['gateway']);
    const scaledOnLag = ofKind(production, 'ScaledObject').map((scaled) => specOf<{ scaleTargetRef: { name: string }; triggers: Array<{ type: string }> }>(scaled));
    expect(scaledOnLag.map((scaled) => scaled.scaleTargetRef.name)).toEqual(expect.arrayContaining(['analytics', 'members', 'moderation', 'access']));
    expect(scaledOnLag.flatMap((scaled) => scaled.triggers.map((trigger) => trigger.type))).toEqual(expect.arrayContaining(['kafka']));
    expect(mainContainer(named(production, 'Deployment', 'gateway')!).args).toEqual(['gateway']);
  });
});
