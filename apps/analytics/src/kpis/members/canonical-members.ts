import type { Day } from '../calendar';

/** One merge as analytics saw it: in effect from `mergedAt` until `unmergedAt` (both recorded instants). */
export interface MergeFact {
  mergeId: string;
  duplicateMemberId: string;
  survivorMemberId: string;
  mergedAt: Date | null;
  unmergedAt: Date | null;
}

/** A duplicate member id → the member it is counted as, for the merges in effect at `asOf`; unmerged ids are absent. */
export type CanonicalMembers = ReadonlyMap<string, string>;

/**
 * Resolves chains (A merged into B, B into C: A counts as C). Should one member be merged twice,
 * the later merge wins (then the larger merge id, so both fact sources agree); a cycle, which the
 * members service cannot produce, stops at the last member before it repeats.
 */
export function canonicalMembers(merges: readonly MergeFact[], asOf: Date): CanonicalMembers {
  const next = new Map<string, MergeFact>();
  for (const merge of merges) {
    if (!inEffect(merge, asOf) || merge.duplicateMemberId === merge.survivorMemberId) continue;
    const current = next.get(merge.duplicateMemberId);
    if (!current || isLater(merge, current)) next.set(merge.duplicateMemberId, merge);
  }
  const canonical = new Map<string, string>();
  for (const duplicate of next.keys()) {
    const seen = new Set([duplicate]);
    let member = duplicate;
    for (let step = next.get(member); step && !seen.has(step.survivorMemberId); step = next.get(member)) {
      member = step.survivorMemberId;
      seen.add(member);
    }
    if (member !== duplicate) canonical.set(duplicate, member);
  }
  return canonical;
}

export const canonicalOf = (canonical: CanonicalMembers, memberId: string): string => canonical.get(memberId) ?? memberId;

/** Every member id that shares its canonical member with another: the only ones a merge can double-count. */
export function mergedGroups(canonical: CanonicalMembers): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [duplicate, survivor] of canonical) {
    const group = groups.get(survivor) ?? [survivor];
    group.push(duplicate);
    groups.set(survivor, group);
  }
  return groups;
}

export interface MemberMembershipChange {
  communityId: string;
  memberId: string;
  day: Day;
  delta: 1 | -1;
}

/**
 * Memberships counted twice at the end of `day` because merged members both hold one in the same
 * community: per community and canonical member, the members of the group with more joins than
 * departures so far, minus one. Zero without merges; subtracting it makes totals count people per community.
 */
export function duplicateMemberships(changes: readonly MemberMembershipChange[], canonical: CanonicalMembers, day: Day): number {
  const merged = new Set([...canonical.keys(), ...canonical.values()]);
  const net = new Map<string, number>();
  for (const change of changes) {
    if (change.day > day || !merged.has(change.memberId)) continue;
    const key = `${change.communityId}/${change.memberId}`;
    net.set(key, (net.get(key) ?? 0) + change.delta);
  }
  const holders = new Map<string, number>();
  for (const [key, balance] of net) {
    if (balance <= 0) continue;
    const [communityId, memberId] = key.split('/') as [string, string];
    const group = `${communityId}/${canonicalOf(canonical, memberId)}`;
    holders.set(group, (holders.get(group) ?? 0) + 1);
  }
  let duplicates = 0;
  for (const count of holders.values()) duplicates += count - 1;
  return duplicates;
}

function inEffect(merge: MergeFact, asOf: Date): boolean {
  return merge.mergedAt !== null && merge.mergedAt <= asOf && !(merge.unmergedAt !== null && merge.unmergedAt <= asOf);
}

function isLater(a: MergeFact, b: MergeFact): boolean {
  const [at, bt] = [a.mergedAt!.getTime(), b.mergedAt!.getTime()];
  return at !== bt ? at > bt : a.mergeId > b.mergeId;
}
