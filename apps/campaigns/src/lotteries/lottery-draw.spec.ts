import { drawWinners, entriesDigest, seedCommitment } from './lottery-draw';
import { aSeed } from './lottery.fixtures';

describe('drawWinners', () => {
  const prizes = [
    { prizeId: 'prize-1', quantity: 1 },
    { prizeId: 'prize-2', quantity: 3 },
  ];
  const members = Array.from({ length: 50 }, (_, index) => `member-${index}`);

  it('should give the same winners for the same seed whatever order the entries arrive in', () => {
    expect(drawWinners(aSeed, [...members].reverse(), prizes)).toEqual(drawWinners(aSeed, members, prizes));
  });

  it('should give one prize slot per winner, prizes in order, no member twice', () => {
    const winners = drawWinners(aSeed, members, prizes);
    expect(winners.map((winner) => [winner.rank, winner.prizeId])).toEqual([[1, 'prize-1'], [2, 'prize-2'], [3, 'prize-2'], [4, 'prize-2']]);
    expect(new Set(winners.map((winner) => winner.memberId)).size).toBe(4);
  });

  it('should never draw more winners than prizes, nor than entrants', () => {
    expect(drawWinners(aSeed, ['member-a', 'member-b', 'member-a'], prizes).map((winner) => winner.memberId).sort()).toEqual(['member-a', 'member-b']);
    expect(drawWinners(aSeed, [], prizes)).toEqual([]);
  });

  it('should draw other winners from another seed', () => {
    expect(drawWinners('0'.repeat(64), members, prizes)).not.toEqual(drawWinners(aSeed, members, prizes));
  });

  it('should give every entrant about the same chance of the first prize', () => {
    const wins = new Map<string, number>();
    for (let round = 0; round < 4000; round += 1) {
      const [first] = drawWinners(round.toString(16).padStart(64, '0'), ['a', 'b', 'c', 'd'], prizes);
      wins.set(first!.memberId, (wins.get(first!.memberId) ?? 0) + 1);
    }
    for (const count of wins.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('should commit to a seed by its SHA-256 and fingerprint the entries whatever their order', () => {
    expect(seedCommitment('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(entriesDigest(['b', 'a', 'b'])).toBe(entriesDigest(['a', 'b']));
  });
});
