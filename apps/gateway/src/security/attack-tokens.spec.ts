import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { developmentTokenSettings } from '@groundswell/service-kit';
import { attackTokens, type AttackToken } from './attack-tokens';

// Each attack must differ from a good token in exactly its one defect, or the gateway could refuse it for another reason.
describe(attackTokens.name, () => {
  const claims = { sub: 'owner-1', tenant: 'tenant-a', roles: ['owner'] };
  const settings = developmentTokenSettings({});
  const key = new TextEncoder().encode(settings.secret);
  let attacks: Record<string, AttackToken>;

  beforeAll(async () => {
    attacks = Object.fromEntries((await attackTokens(claims)).map((attack) => [attack.attack, attack]));
  });

  it('should carry the owner\'s claims in every token', () => {
    for (const { token } of Object.values(attacks)) expect(decodeJwt(token)).toMatchObject({ sub: 'owner-1', tenant: 'tenant-a', roles: ['owner'] });
  });

  it('should sign the expired token correctly, only too long ago', async () => {
    const { token } = attacks['an expired token']!;
    await expect(jwtVerify(token, key)).rejects.toThrow('"exp" claim timestamp check failed');
    const expiry = decodeJwt(token).exp!;
    await expect(jwtVerify(token, key, { currentDate: new Date((expiry - 60) * 1000) })).resolves.toBeDefined();
  });

  it('should forge by changing the payload under a genuine signature', async () => {
    await expect(jwtVerify(attacks['a token with a forged signature']!.token, key)).rejects.toThrow('signature verification failed');
  });

  it('should send alg: none without a signature, and the other keys with their own algorithms', () => {
    expect(decodeProtectedHeader(attacks['an alg: none token']!.token).alg).toBe('none');
    expect(attacks['an alg: none token']!.token.endsWith('.')).toBe(true);
    expect(decodeProtectedHeader(attacks['a token signed with the wrong secret']!.token).alg).toBe('HS256');
    expect(decodeProtectedHeader(attacks['a token signed with an unknown RS256 key']!.token).alg).toBe('RS256');
  });

  it('should not be verifiable with the gateway\'s secret when signed with another', async () => {
    await expect(jwtVerify(attacks['a token signed with the wrong secret']!.token, key)).rejects.toThrow('signature verification failed');
  });
});
