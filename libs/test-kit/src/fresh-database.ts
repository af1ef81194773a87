/**
 * A fresh database for every test ('test') or one for the whole file ('file'), dropped afterwards whatever the tests did.
 * The hooks create it only later, so the spec holds a stand-in that answers for the database of the moment.
 * Jest runs a block's hooks in the order they were declared, after-hooks too: called before the spec's own hooks, its set-up
 * runs before theirs, but so does its drop, so a spec that must close what uses the database before the drop is no fit.
 */
export function freshDatabase<T extends { drop(): Promise<void> }>(scope: 'test' | 'file', create: () => Promise<T>): T {
  let current: T | undefined;
  const [setUp, tearDown, lifetime] = scope === 'test' ? [beforeEach, afterEach, 'beforeEach to afterEach'] : [beforeAll, afterAll, 'beforeAll to afterAll'];
  setUp(async () => {
    current = await create();
  });
  tearDown(async () => {
    const database = current;
    current = undefined;
    await database?.drop();
  });
  return standIn(() => {
    if (!current) throw new Error(`freshDatabase('${scope}'): the database lives from ${lifetime} only; use it in a test or hook, not while jest collects the file`);
    return current;
  });
}

function standIn<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get(_, property) {
      const target = current();
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
