import { appendFileSync, readFileSync } from 'node:fs';
import { getOperationAST, Kind, parse } from 'graphql';

/** Set by the e2e set-up: every mutation the e2e gateway client sends is appended there, one JSON line each. */
export const MUTATION_JOURNAL_ENV = 'GROUNDSWELL_E2E_MUTATION_JOURNAL';

export interface JournalledMutation {
  tenant: string;
  subject: string;
  operationName: string | null;
  fields: string[];
  /** The gateway's `x-request-id` answer header. */
  requestId: string | null;
  status: number;
  /** `ok`, or the first error's code. */
  result: string;
}

/** The root fields of the query when it is a mutation, else null. */
export function mutationOf(query: string): { operationName: string | null; fields: string[] } | null {
  let operation;
  try {
    operation = getOperationAST(parse(query));
  } catch {
    return null;
  }
  if (operation?.operation !== 'mutation') return null;
  const fields = operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD && selection.name.value !== '__typename' ? [selection.name.value] : []));
  return { operationName: operation.name?.value ?? null, fields };
}

// Appends of one short line are atomic, so parallel jest workers never interleave records.
export function journalMutation(entry: JournalledMutation): void {
  const path = process.env[MUTATION_JOURNAL_ENV];
  if (path) appendFileSync(path, `${JSON.stringify(entry)}\n`);
}

export function readMutationJournal(path = process.env[MUTATION_JOURNAL_ENV]): JournalledMutation[] {
  if (!path) throw new Error(`${MUTATION_JOURNAL_ENV} is not set: run through the e2e jest project`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as JournalledMutation);
}
