import type { JsonSchema } from '../contracts/event-definition';
import { findBreakingChanges, type BreakingChange } from './breaking-changes';
import type { RenderedSchema } from './render-schemas';

export const regenerateSchemasCommand = 'npm run events:schemas';

export type SchemaStatus =
  | { kind: 'unchanged' }
  | { kind: 'new' }
  | { kind: 'compatible-change' }
  | { kind: 'breaking-change'; changes: BreakingChange[] };

/** How a freshly rendered schema relates to the committed file (undefined when there is none). */
export function schemaStatus(rendered: RenderedSchema, committedJson: string | undefined): SchemaStatus {
  if (committedJson === undefined) return { kind: 'new' };
  if (committedJson === rendered.json) return { kind: 'unchanged' };
  const changes = findBreakingChanges(JSON.parse(committedJson) as JsonSchema, JSON.parse(rendered.json) as JsonSchema);
  return changes.length > 0 ? { kind: 'breaking-change', changes } : { kind: 'compatible-change' };
}

/** What to tell a developer about a schema that differs from the committed file; undefined when it doesn't. */
export function schemaStatusProblem(rendered: RenderedSchema, status: SchemaStatus): string | undefined {
  switch (status.kind) {
    case 'unchanged':
      return undefined;
    case 'new':
      return `${rendered.type} has no committed schema yet: ${regenerate(rendered)}`;
    case 'compatible-change':
      return `${rendered.type}'s schema changed compatibly: ${regenerate(rendered)}`;
    case 'breaking-change':
      return [
        `${rendered.type} changed incompatibly with its committed schema (schemas/${rendered.path}):`,
        ...status.changes.map((change) => `  - ${change.message}`),
        'Published event versions are immutable: undo the change, or define the next version with an upcaster.',
      ].join('\n');
  }
}

function regenerate(rendered: RenderedSchema): string {
  return `run \`${regenerateSchemasCommand}\` and commit libs/events/schemas/${rendered.path}.`;
}
