// The canonical text form of PostgreSQL's uuid type (any version, either case). Ids are checked
// against it before a query, so a malformed id is the client's named mistake, not the database's
// data exception.
const uuidText = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && uuidText.test(value);
