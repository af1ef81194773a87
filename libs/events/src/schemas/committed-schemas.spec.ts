import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allEventDefinitions } from '../all-events';
import { renderSchemas } from './render-schemas';
import { schemaStatus, schemaStatusProblem } from './schema-status';

const schemasDirectory = path.resolve(__dirname, '..', '..', 'schemas');

function readCommitted(relativePath: string): string | undefined {
  const file = path.join(schemasDirectory, relativePath);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function committedFiles(directory = schemasDirectory): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? committedFiles(path.join(directory, entry.name))
      : [path.relative(schemasDirectory, path.join(directory, entry.name)).split(path.sep).join('/')],
  );
}

describe('committed event schemas', () => {
  const rendered = renderSchemas();

  it.each(rendered.map((schema) => [schema.type, schema] as const))(
    'should match the schema generated for %s',
    (_, schema) => {
      expect(schemaStatusProblem(schema, schemaStatus(schema, readCommitted(schema.path)))).toBeUndefined();
    },
  );

  it('should keep a definition for every committed schema, since stored events still name it', () => {
    const defined = new Set(rendered.map((schema) => schema.path));

    expect(committedFiles().filter((file) => !defined.has(file))).toEqual([]);
  });

  it('should give every event type its own schema file', () => {
    const types = allEventDefinitions().map((definition) => definition.type);

    expect(new Set(rendered.map((schema) => schema.path)).size).toBe(new Set(types).size);
    expect(new Set(types).size).toBe(types.length);
  });
});
