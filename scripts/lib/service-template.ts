// Erasable TypeScript only: the pure parts of scripts/new-service.ts, unit-tested.
import type { RegisteredService } from '../../libs/service-kit/src/registry/service-registry.ts';

export const registryFile = 'libs/service-kit/src/registry/service-registry.ts';

export interface TemplateOptions {
  /** One lowercase word: `content`. */
  service: string;
  /** PascalCase: `ContentDraft`. */
  entity: string;
  readPermission: string;
  writePermission: string;
  /** The role the e2e spec writes as; `owner` holds every permission. */
  writerRole: string;
}

export type TemplateTokens = ReturnType<typeof templateTokens>;

const words = (pascal: string) => pascal.split(/(?=[A-Z])/).map((word) => word.toLowerCase());

/** English plural of the last word: draft → drafts, rule set → rule sets, policy → policies, box → boxes. */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Every placeholder the template uses, e.g. `__Entity__` → `ContentDraft`, `__entities_table__` → `content_drafts`. */
export function templateTokens({ service, entity, readPermission, writePermission, writerRole }: TemplateOptions) {
  const singular = words(entity);
  const many = [...singular.slice(0, -1), plural(singular.at(-1) ?? '')];
  const camel = (parts: string[]) => parts.map((part, index) => (index === 0 ? part : `${part[0]!.toUpperCase()}${part.slice(1)}`)).join('');
  const pascal = (parts: string[]) => parts.map((part) => `${part[0]!.toUpperCase()}${part.slice(1)}`).join('');
  return {
    __service__: service,
    __Service__: pascal([service]),
    __Entity__: entity,
    __Entities__: pascal(many),
    __entity__: camel(singular),
    __entities__: camel(many),
    __entity_file__: singular.join('-'),
    __entities_file__: many.join('-'),
    __entity_snake__: singular.join('_'),
    __entities_table__: many.join('_'),
    __ENTITY__: singular.join('_').toUpperCase(),
    __entity_words__: singular.join(' '),
    __entities_words__: many.join(' '),
    __read_permission__: readPermission,
    __write_permission__: writePermission,
    __writer_role__: writerRole,
  };
}

/** The port after the highest one a service listens on (the gateway's 4000 aside). */
export function nextFreePort(registered: readonly RegisteredService[]): number {
  return Math.max(...registered.filter((service) => service.name !== 'gateway').map((service) => service.port)) + 1;
}

/** The registry's source with the new service's line added above the gateway's, which starts last. */
export function addToRegistry(source: string, name: string, port: number): string {
  const gatewayLine = /^( *)\{ name: 'gateway',/m;
  const match = gatewayLine.exec(source);
  if (!match) throw new Error(`${registryFile} has no gateway line to add ${name} above`);
  const line = `${match[1]}{ name: '${name}', port: ${port}, subgraph: true, uses: { postgres: true, kafka: true, redis: false } },\n`;
  return `${source.slice(0, match.index)}${line}${source.slice(match.index)}`;
}
