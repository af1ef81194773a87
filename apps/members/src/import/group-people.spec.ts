import { groupPeople, type HashedRow } from './group-people';

const aRow = (row: number, hashes: string[]): HashedRow => ({ row, communityId: 'c', identities: [], channel: 'import', profile: {}, consents: [], hashes });

describe(groupPeople.name, () => {
  it('should make one person of rows sharing an identity, transitively', () => {
    const { people, errors } = groupPeople([aRow(1, ['a']), aRow(2, ['b']), aRow(3, ['a', 'c']), aRow(4, ['c', 'b']), aRow(5, ['d'])], new Map());
    expect(errors).toEqual([]);
    expect(people.map((person) => person.rows.map((row) => row.row))).toEqual([[1, 2, 3, 4], [5]]);
  });

  it('should resolve a person to the member one of their identities already belongs to', () => {
    const { people } = groupPeople([aRow(1, ['a', 'new']), aRow(2, ['x'])], new Map([['a', 'member-1']]));
    expect(people.map((person) => person.knownMemberId)).toEqual(['member-1', undefined]);
  });

  it('should refuse every row of a person whose identities belong to two members', () => {
    const { people, errors } = groupPeople([aRow(1, ['a']), aRow(2, ['a', 'b']), aRow(3, ['z'])], new Map([['a', 'member-1'], ['b', 'member-2']]));
    expect(people.map((person) => person.rows[0].row)).toEqual([3]);
    expect(errors.map(({ row, code }) => ({ row, code }))).toEqual([
      { row: 1, code: 'IDENTITY_ID_CONFLICT' },
      { row: 2, code: 'IDENTITY_ID_CONFLICT' },
    ]);
  });
});
