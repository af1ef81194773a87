import { freshDatabase } from './fresh-database';

class FakeDatabase {
  dropped = false;
  constructor(readonly id: number) {}
  async drop(): Promise<void> {
    this.dropped = true;
  }
  ownId(): number {
    return this.id;
  }
}

const fakes = () => {
  const created: FakeDatabase[] = [];
  const create = async () => created[created.push(new FakeDatabase(created.length + 1)) - 1];
  return { created, create };
};

describe("freshDatabase('test')", () => {
  const { created, create } = fakes();
  const database = freshDatabase('test', create);
  let seenBySpecHook: number;
  beforeEach(() => {
    seenBySpecHook = database.id;
  });

  it("should be there for the spec's own hooks", () => {
    expect(seenBySpecHook).toBe(1);
  });

  it('should give each test a database of its own and drop the one before', () => {
    expect(database.id).toBe(2);
    expect(created.map(({ dropped }) => dropped)).toEqual([true, false]);
  });

  it('should bind methods to the real database', () => {
    const { ownId } = database;
    expect(ownId()).toBe(3);
  });
});

describe("freshDatabase('file')", () => {
  const { created, create } = fakes();
  let database!: FakeDatabase;

  describe('a file', () => {
    database = freshDatabase('file', create);

    it('should share one database among its tests', () => {
      expect(database.id).toBe(1);
    });

    it('should not create another', () => {
      expect(created).toHaveLength(1);
    });
  });

  it('should drop it after the file and refuse to be touched then', () => {
    expect(created[0].dropped).toBe(true);
    expect(() => database.id).toThrow("freshDatabase('file'): the database lives from beforeAll to afterAll only");
  });
});
