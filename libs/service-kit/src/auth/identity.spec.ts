import { canAccessCommunity, type Identity } from './identity';

const identity = (communities?: string[]): Identity => ({ sub: 'u1', tenant: 'demo', roles: ['community_manager'], communities });

describe(canAccessCommunity.name, () => {
  it('should allow every community of the tenant when the token names none', () => {
    expect(canAccessCommunity(identity(), 'c9')).toBe(true);
  });

  it('should allow only the communities the token names', () => {
    expect(canAccessCommunity(identity(['c1', 'c2']), 'c2')).toBe(true);
    expect(canAccessCommunity(identity(['c1', 'c2']), 'c9')).toBe(false);
  });

  it('should allow no community when the token names an empty list', () => {
    expect(canAccessCommunity(identity([]), 'c1')).toBe(false);
  });
});
