import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { renderSchemas } from './render-schemas';
import { regenerateSchemasCommand, schemaStatus, schemaStatusProblem } from './schema-status';

function renderedCommunityRenamed(schema: z.ZodObject) {
  const [rendered] = renderSchemas([
    defineEvent({ service: 'members', name: 'CommunityRenamed', version: 1, description: 'A community got a new name.', schema }),
  ]);
  return rendered!;
}

const committed = renderedCommunityRenamed(z.object({ communityId: z.uuid(), name: z.string() })).json;

describe(schemaStatus.name, () => {
  it('should find an identical schema unchanged', () => {
    const rendered = renderedCommunityRenamed(z.object({ communityId: z.uuid(), name: z.string() }));

    expect(schemaStatus(rendered, committed)).toEqual({ kind: 'unchanged' });
    expect(schemaStatusProblem(rendered, { kind: 'unchanged' })).toBeUndefined();
  });

  it('should ask for the generator when the schema was never committed', () => {
    const rendered = renderedCommunityRenamed(z.object({ communityId: z.uuid(), name: z.string() }));
    const status = schemaStatus(rendered, undefined);

    expect(status).toEqual({ kind: 'new' });
    expect(schemaStatusProblem(rendered, status)).toContain(regenerateSchemasCommand);
  });

  it('should ask for the generator after an additive change', () => {
    const rendered = renderedCommunityRenamed(
      z.object({ communityId: z.uuid(), name: z.string(), previousName: z.string().optional() }),
    );
    const status = schemaStatus(rendered, committed);

    expect(status).toEqual({ kind: 'compatible-change' });
    expect(schemaStatusProblem(rendered, status)).toContain(`run \`${regenerateSchemasCommand}\``);
  });

  it('should demand a new version after a breaking change', () => {
    const rendered = renderedCommunityRenamed(z.object({ communityId: z.uuid(), title: z.string() }));
    const status = schemaStatus(rendered, committed);

    expect(status).toMatchObject({ kind: 'breaking-change', changes: [{ path: 'name' }, { path: 'title' }] });
    expect(schemaStatusProblem(rendered, status)).toMatch(/name: property was removed[\s\S]*define the next version/);
  });
});
