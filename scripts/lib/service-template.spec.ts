import { addToRegistry, nextFreePort, plural, templateTokens } from './service-template.ts';

describe('service template', () => {
  it('should spell the example entity the way each kind of file needs it', () => {
    const tokens = templateTokens({ service: 'moderation', entity: 'RuleSet', readPermission: 'moderation:review', writePermission: 'moderation:manage-rules', writerRole: 'moderator' });
    expect(tokens).toMatchObject({
      __Service__: 'Moderation',
      __Entities__: 'RuleSets',
      __entity__: 'ruleSet',
      __entities__: 'ruleSets',
      __entity_file__: 'rule-set',
      __entities_file__: 'rule-sets',
      __entity_snake__: 'rule_set',
      __entities_table__: 'rule_sets',
      __ENTITY__: 'RULE_SET',
      __entity_words__: 'rule set',
    });
  });

  it('should make English plurals of the last word', () => {
    expect(['draft', 'policy', 'box', 'batch', 'day'].map(plural)).toEqual(['drafts', 'policies', 'boxes', 'batches', 'days']);
  });

  it('should give a new service the port after the highest subgraph port, whatever the gateway\'s', () => {
    const uses = { postgres: true, kafka: true, redis: false };
    const registered = [
      { name: 'members', port: 4101, subgraph: true, uses },
      { name: 'access', port: 4106, subgraph: true, uses },
      { name: 'gateway', port: 5000, subgraph: false, uses },
    ];
    expect(nextFreePort(registered)).toBe(4107);
  });

  it('should register a new service just above the gateway, so the gateway still starts last', () => {
    const source = `export const services = [\n  { name: 'access', port: 4106 },\n  { name: 'gateway', port: 4000 },\n];\n`;
    const lines = addToRegistry(source, 'loyalty', 4107).split('\n');
    expect(lines[2]).toBe("  { name: 'loyalty', port: 4107, subgraph: true, uses: { postgres: true, kafka: true, redis: false } },");
    expect(lines[3]).toContain("name: 'gateway'");
  });
});
