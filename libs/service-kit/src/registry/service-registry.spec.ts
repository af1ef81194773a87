import { databaseName, registeredService, services, subgraphs } from './service-registry';

describe('service registry', () => {
  it('should give every service its own name and port', () => {
    expect(new Set(services.map((service) => service.name)).size).toBe(services.length);
    expect(new Set(services.map((service) => service.port)).size).toBe(services.length);
  });

  it('should start the gateway last, after every subgraph it calls', () => {
    expect(services.at(-1)?.name).toBe('gateway');
    expect(subgraphs.map((subgraph) => subgraph.name)).not.toContain('gateway');
  });

  it('should compose each subgraph from its registered local port', () => {
    for (const subgraph of subgraphs) {
      expect(subgraph.url).toBe(`http://127.0.0.1:${registeredService(subgraph.name).port}/graphql`);
    }
  });

  it('should name a service database after the platform prefix and the service', () => {
    expect(databaseName('members')).toBe('groundswell_members');
    expect(databaseName('access', 'groundswell_e2e')).toBe('groundswell_e2e_access');
  });
});
