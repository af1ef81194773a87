import type { JsonSchema } from '../contracts/event-definition';

export type BreakingChangeRule =
  | 'property-removed'
  | 'required-property-added'
  | 'property-became-optional'
  | 'type-changed'
  | 'enum-narrowed';

export interface BreakingChange {
  rule: BreakingChangeRule;
  /** Dotted path of the property, `[]` for array items, `*` for record values; empty for the root. */
  path: string;
  message: string;
}

type Schema = Record<string, unknown>;

interface Comparison {
  committedRoot: Schema;
  currentRoot: Schema;
  changes: BreakingChange[];
}

/**
 * Changes that stop readers from reading events valid under `committed`, or consumers written
 * against it from reading events valid under `current`. Bounds, formats and patterns are not
 * compared: review those by hand.
 */
export function findBreakingChanges(committed: JsonSchema, current: JsonSchema): BreakingChange[] {
  const comparison: Comparison = { committedRoot: committed, currentRoot: current, changes: [] };
  compareSchemas(comparison, committed, current, '');
  return comparison.changes;
}

function compareSchemas(comparison: Comparison, committedRaw: unknown, currentRaw: unknown, path: string): void {
  const committed = resolve(committedRaw, comparison.committedRoot);
  const current = resolve(currentRaw, comparison.currentRoot);
  const report = (rule: BreakingChangeRule, message: string) =>
    comparison.changes.push({ rule, path, message: `${path || '(root)'}: ${message}` });

  const committedTypes = typesOf(committed, comparison.committedRoot);
  const currentTypes = typesOf(current, comparison.currentRoot);
  if (describeTypes(committedTypes) !== describeTypes(currentTypes)) {
    report('type-changed', `type ${describeTypes(committedTypes)} became ${describeTypes(currentTypes)}`);
    return;
  }

  const committedValues = valuesOf(committed, comparison.committedRoot);
  const currentValues = valuesOf(current, comparison.currentRoot);
  if (currentValues && !committedValues) {
    report('enum-narrowed', `any value became only ${[...currentValues].join(', ')}`);
  } else if (currentValues && committedValues) {
    const dropped = [...committedValues].filter((value) => !currentValues.has(value));
    if (dropped.length > 0) report('enum-narrowed', `no longer allows ${dropped.join(', ')}`);
  }

  const committedVariants = variantsOf(committed);
  const currentVariants = variantsOf(current);
  if (committedVariants.length > 1 || currentVariants.length > 1) {
    if (committedVariants.length !== currentVariants.length) {
      report('type-changed', `union of ${committedVariants.length} variants became ${currentVariants.length}`);
      return;
    }
    committedVariants.forEach((variant, index) => compareSchemas(comparison, variant, currentVariants[index], path));
    return;
  }
  const committedShape = resolve(committedVariants[0] ?? committed, comparison.committedRoot);
  const currentShape = resolve(currentVariants[0] ?? current, comparison.currentRoot);
  compareObjects(comparison, committedShape, currentShape, path);
  if (committedShape.items !== undefined && currentShape.items !== undefined) {
    compareSchemas(comparison, committedShape.items, currentShape.items, `${path}[]`);
  }
}

function compareObjects(comparison: Comparison, committed: Schema, current: Schema, path: string): void {
  const committedProperties = (committed.properties ?? {}) as Schema;
  const currentProperties = (current.properties ?? {}) as Schema;
  const committedRequired = new Set((committed.required ?? []) as string[]);
  const currentRequired = new Set((current.required ?? []) as string[]);
  const at = (name: string) => (path ? `${path}.${name}` : name);
  const report = (rule: BreakingChangeRule, name: string, message: string) =>
    comparison.changes.push({ rule, path: at(name), message: `${at(name)}: ${message}` });

  for (const name of Object.keys(committedProperties)) {
    if (!(name in currentProperties)) report('property-removed', name, 'property was removed');
    else compareSchemas(comparison, committedProperties[name], currentProperties[name], at(name));
  }
  for (const name of currentRequired) {
    if (committedRequired.has(name)) continue;
    const message = name in committedProperties ? 'optional property became required' : 'new required property';
    report('required-property-added', name, message);
  }
  for (const name of committedRequired) {
    if (!currentRequired.has(name) && name in currentProperties) {
      report('property-became-optional', name, 'required property became optional');
    }
  }
  if (isSchema(committed.additionalProperties) && isSchema(current.additionalProperties)) {
    compareSchemas(comparison, committed.additionalProperties, current.additionalProperties, at('*'));
  }
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows local `$ref`s (`#/$defs/…`); anything else reads as a schema that accepts anything. */
function resolve(raw: unknown, root: Schema): Schema {
  let schema = isSchema(raw) ? raw : {};
  const seen = new Set<string>();
  while (typeof schema.$ref === 'string' && schema.$ref.startsWith('#') && !seen.has(schema.$ref)) {
    seen.add(schema.$ref);
    const target = schema.$ref
      .slice(1)
      .split('/')
      .filter(Boolean)
      .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, key) => (isSchema(node) ? node[key] : undefined), root);
    schema = isSchema(target) ? target : {};
  }
  return schema;
}

function unionMembers(schema: Schema): unknown[] | undefined {
  const members = schema.anyOf ?? schema.oneOf;
  return Array.isArray(members) ? members : undefined;
}

/** The JSON types a schema accepts; undefined when it accepts any. */
function typesOf(schema: Schema, root: Schema): Set<string> | undefined {
  if (typeof schema.type === 'string') return new Set([schema.type]);
  if (Array.isArray(schema.type)) return new Set(schema.type as string[]);
  const members = unionMembers(schema);
  if (members) {
    const types = new Set<string>();
    for (const member of members) {
      const memberTypes = typesOf(resolve(member, root), root);
      if (!memberTypes) return undefined;
      for (const type of memberTypes) types.add(type);
    }
    return types;
  }
  if ('const' in schema) return new Set([jsonType(schema.const)]);
  if (Array.isArray(schema.enum)) return new Set(schema.enum.map(jsonType));
  return undefined;
}

/** The values an enum or const allows (as JSON text); undefined when not restricted to a list. */
function valuesOf(schema: Schema, root: Schema): Set<string> | undefined {
  if ('const' in schema) return new Set([JSON.stringify(schema.const)]);
  if (Array.isArray(schema.enum)) return new Set(schema.enum.map((value) => JSON.stringify(value)));
  const members = unionMembers(schema);
  if (!members) return undefined;
  const values = new Set<string>();
  for (const member of members) {
    const resolved = resolve(member, root);
    const memberValues = resolved.type === 'null' ? new Set(['null']) : valuesOf(resolved, root);
    if (!memberValues) return undefined;
    for (const value of memberValues) values.add(value);
  }
  return values;
}

/** Union members other than `null`; a nullable schema has one. */
function variantsOf(schema: Schema): unknown[] {
  return (unionMembers(schema) ?? []).filter((member) => !(isSchema(member) && member.type === 'null'));
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function describeTypes(types: Set<string> | undefined): string {
  return types ? [...types].sort().join('|') : 'any';
}
