import { developmentTokenSettings, signDevToken, type DevTokenClaims } from '@groundswell/service-kit';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';

export interface AttackToken {
  attack: string;
  token: string;
  /** The `extensions.reason` the gateway should give. */
  reason: 'TOKEN_EXPIRED' | 'TOKEN_INVALID';
}

/** Credentials the gateway must refuse, each standing for the claims of a real tenant's owner. */
export async function attackTokens(claims: DevTokenClaims): Promise<AttackToken[]> {
  const settings = developmentTokenSettings(process.env);
  const twoHoursAgo = Math.floor(Date.now() / 1000) - 7200;
  const expired = await signDevToken(claims, { ...settings, issuedAt: twoHoursAgo, ttlSeconds: 3600 });
  // A genuine volunteer token whose payload is swapped for the owner's: the signature no longer matches.
  const [header, , signature] = (await signDevToken({ ...claims, roles: ['volunteer'] }, settings)).split('.');
  const [, ownerPayload] = (await signDevToken(claims, settings)).split('.');
  const forged = `${header}.${ownerPayload}.${signature}`;
  const unsigned = new UnsecuredJWT({ tenant: claims.tenant, roles: [...claims.roles] })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime('1h');
  if (settings.issuer) unsigned.setIssuer(settings.issuer);
  if (settings.audience) unsigned.setAudience(settings.audience);
  const wrongSecret = await signDevToken(claims, { ...settings, secret: 'a-secret-the-gateway-has-never-seen-0123456789' });
  const { privateKey } = await generateKeyPair('RS256');
  const strangerKey = new SignJWT({ tenant: claims.tenant, roles: [...claims.roles] })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime('1h');
  if (settings.issuer) strangerKey.setIssuer(settings.issuer);
  if (settings.audience) strangerKey.setAudience(settings.audience);
  return [
    { attack: 'an expired token', token: expired, reason: 'TOKEN_EXPIRED' },
    { attack: 'a token with a forged signature', token: forged, reason: 'TOKEN_INVALID' },
    { attack: 'an alg: none token', token: unsigned.encode(), reason: 'TOKEN_INVALID' },
    { attack: 'a token signed with the wrong secret', token: wrongSecret, reason: 'TOKEN_INVALID' },
    { attack: 'a token signed with an unknown RS256 key', token: await strangerKey.sign(privateKey), reason: 'TOKEN_INVALID' },
  ];
}
