import { allTopics, auditTopic, partnerTopics } from '../../libs/events/src';
import { services } from '../../libs/service-kit/src/registry/service-registry';
import { serviceProblems, topicProblems, variableProblems } from './validation/consistency';
import { named, ofKind, overlays, renderOverlay, type K8sObject, type Overlay } from './validation/rendered-manifests';
import { settingsReadByCode } from './validation/settings-read-by-code';

// Services from the registry, topics from the catalogue, variables from the configuration readers:
// what the code has, the manifests must have, and the other way round.
const catalogue = [...allTopics(), auditTopic];
const settings = settingsReadByCode();
const rendered = new Map<Overlay, K8sObject[]>(overlays.map((overlay) => [overlay, renderOverlay(overlay)]));
const production = () => structuredClone(rendered.get('production')!);

describe.each(overlays)('code and the %s manifests', (overlay) => {
  const objects = rendered.get(overlay)!;

  it('should deploy exactly the registered services', () => {
    expect(serviceProblems(services, objects)).toEqual([]);
  });

  it('should declare exactly the catalogue topics', () => {
    expect(topicProblems(catalogue, objects)).toEqual([]);
  });

  it('should set exactly the variables the code reads', () => {
    expect(variableProblems(settings, objects)).toEqual([]);
  });

  it('should keep partner topics at least 30 days', () => {
    for (const topic of Object.values(partnerTopics)) {
      const declared = ofKind(objects, 'KafkaTopic').find((object) => (object.spec as { topicName: string }).topicName === topic);
      const retentionMs = Number((declared?.spec as { config: Record<string, string> }).config['retention.ms']);
      expect(retentionMs === -1 || retentionMs >= 30 * 86_400_000).toBe(true);
    }
  });
});

describe('the consistency check', () => {
  // Each case adds one difference to the real code or manifests and expects exactly that one more problem.
  const added = (problems: string[], baseline: string[]) => problems.filter((problem) => !baseline.includes(problem));

  it('should fail when the registry gains a service the manifests lack, or the manifests run an unregistered one', () => {
    const baseline = serviceProblems(services, production());
    expect(added(serviceProblems([...services, { name: 'billing', port: 4107 }], production()), baseline)).toEqual(['service billing is registered but has no Deployment']);
    expect(added(serviceProblems(services.filter((service) => service.name !== 'content'), production()), baseline)).toEqual(['Deployment content runs no registered service']);
  });

  it('should fail when the catalogue gains a topic without a KafkaTopic, or a KafkaTopic leaves the catalogue', () => {
    const baseline = topicProblems(catalogue, production());
    expect(added(topicProblems([...catalogue, 'gs.billing.invoice'], production()), baseline)).toEqual(['topic gs.billing.invoice is in the catalogue but has no KafkaTopic']);
    expect(added(topicProblems(catalogue.slice(1), production()), baseline)).toEqual([`KafkaTopic ${catalogue[0]} is not in the catalogue`]);
  });

  it('should fail when the code reads a variable the manifests do not set', () => {
    const baseline = variableProblems(settings, production());
    const withNewSetting = { ...settings, shared: new Set([...settings.shared, 'BILLING_CURRENCY']) };
    expect(added(variableProblems(withNewSetting, production()), baseline)).toEqual(['BILLING_CURRENCY is read by every service but set for none']);
    const members = new Map(settings.byService);
    members.set('members', new Set([...members.get('members')!, 'MEMBERS_IMPORT_BATCH']));
    expect(added(variableProblems({ ...settings, byService: members }, production()), baseline)).toEqual(['MEMBERS_IMPORT_BATCH is read by members but not set for it']);
  });

  it('should fail when the manifests set a variable no code reads', () => {
    const baseline = variableProblems(settings, production());
    const objects = production();
    (named(objects, 'ConfigMap', 'content-config')!.data as Record<string, string>).CONTENT_CACHE_SIZE = '100';
    expect(added(variableProblems(settings, objects), baseline)).toEqual(['CONTENT_CACHE_SIZE is set for content but its code never reads it']);
  });
});
