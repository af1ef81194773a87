import { EventContractError } from '../errors/event-contract-error';

/** Lower-case service names; they appear in types, sources, topics and schema paths. */
export const serviceNamePattern = /^[a-z][a-z0-9-]*$/;
/** Event names are PascalCase past-tense facts, e.g. `MemberJoined`. */
export const eventNamePattern = /^[A-Z][A-Za-z0-9]*$/;

export const eventTypePattern = /^groundswell\.([a-z][a-z0-9-]*)\.([A-Z][A-Za-z0-9]*)\.v([1-9][0-9]*)$/;

export type EventTypeName<
  TService extends string,
  TName extends string,
  TVersion extends number,
> = `groundswell.${TService}.${TName}.v${TVersion}`;

export interface EventTypeParts {
  service: string;
  name: string;
  version: number;
}

export function eventTypeName<TService extends string, TName extends string, TVersion extends number>(
  service: TService,
  name: TName,
  version: TVersion,
): EventTypeName<TService, TName, TVersion> {
  const invalid = (problem: string) => new EventContractError('INVALID_EVENT_DEFINITION', `Invalid event type: ${problem}`);
  if (!serviceNamePattern.test(service)) throw invalid(`service "${service}" must match ${serviceNamePattern}`);
  if (!eventNamePattern.test(name)) throw invalid(`name "${name}" must match ${eventNamePattern}`);
  if (!Number.isSafeInteger(version) || version < 1) throw invalid(`version ${version} must be an integer ≥ 1`);
  return `groundswell.${service}.${name}.v${version}`;
}

export function parseEventType(type: string): EventTypeParts {
  const match = eventTypePattern.exec(type);
  if (!match) {
    throw new EventContractError(
      'MALFORMED_EVENT',
      `Event type "${type}" is not of the form groundswell.<service>.<EventName>.v<N>`,
    );
  }
  const [, service, name, version] = match;
  return { service: service!, name: name!, version: Number(version) };
}

export const eventSourcePattern = /^\/groundswell\/[a-z][a-z0-9-]*$/;

/** The CloudEvents `source` of every event a service produces. */
export function eventSource(service: string): string {
  return `/groundswell/${service}`;
}
