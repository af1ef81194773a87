import type { IdentityKind } from '@groundswell/events';
import { MemberDomainError } from '../../shared/member-domain.error';
import { normalisePhoneNumber } from './phone-number';

export interface IdentityInput {
  kind: IdentityKind;
  /** The app or corp an id belongs to: required for openids and WeCom external user ids. */
  scope?: string;
  value: string;
}

export type NormalisedIdentity = IdentityInput;

/** Platform ids that are only unique within one app (appid, corpid, client key). */
const scopedKinds = new Set<IdentityKind>(['wechat_openid', 'wecom_external_userid', 'douyin_openid', 'qq_openid']);

// Platform-issued ids are case-sensitive opaque strings: lower-casing them would merge strangers.
const opaqueId = (value: string) => check(value, /^[A-Za-z0-9_-]{6,128}$/);

const valueNormalisers: Record<IdentityKind, (value: string) => string> = {
  wechat_openid: opaqueId,
  wechat_unionid: opaqueId,
  wecom_external_userid: opaqueId,
  douyin_openid: opaqueId,
  qq_openid: (value) => check(value.toUpperCase(), /^[0-9A-F]{32}$/),
  weibo_uid: (value) => check(value, /^\d{5,20}$/),
  discord_user_id: (value) => check(value, /^\d{17,20}$/),
  // A member-chosen handle: case carries no meaning.
  xiaohongshu_id: (value) => check(value.toLowerCase(), /^[a-z0-9_.-]{1,32}$/),
  phone: normalisePhoneNumber,
  email: normaliseEmail,
};

/**
 * The one spelling of an identity that identity resolution compares (after encryption, through a
 * keyed hash): trimmed, NFKC (full-width input from Chinese IMEs), case-folded where case means nothing.
 */
export function normaliseIdentity(input: IdentityInput): NormalisedIdentity {
  const value = valueNormalisers[input.kind](input.value.normalize('NFKC').trim());
  const scope = input.scope?.normalize('NFKC').trim();
  if (scopedKinds.has(input.kind)) {
    if (!scope || !/^[A-Za-z0-9_.-]{1,100}$/.test(scope)) {
      throw new MemberDomainError('INVALID_IDENTITY', `A ${input.kind} needs the app or corp id it belongs to`, { kind: input.kind });
    }
    return { kind: input.kind, scope, value };
  }
  if (scope) throw new MemberDomainError('INVALID_IDENTITY', `A ${input.kind} has no scope`, { kind: input.kind });
  return { kind: input.kind, value };
}

/** Lower-cased whole; dots and `+tags` are kept, since only some providers ignore them. */
export function normaliseEmail(raw: string): string {
  const email = raw.normalize('NFKC').trim().toLowerCase();
  const [local, domain, ...rest] = email.split('@');
  const domainOk = domain !== undefined && /^(?=.{1,253}$)([a-z0-9\u00a1-\uffff-]{1,63}\.)+[a-z\u00a1-\uffff]{2,63}$/.test(domain);
  const localOk = local !== undefined && /^[^\s@"(),:;<>[\\\]]{1,64}$/.test(local) && !local.startsWith('.') && !local.endsWith('.');
  if (rest.length > 0 || !domainOk || !localOk || email.length > 254) {
    throw new MemberDomainError('INVALID_EMAIL', 'Not an email address');
  }
  return email;
}

function check(value: string, pattern: RegExp): string {
  if (!pattern.test(value)) throw new MemberDomainError('INVALID_IDENTITY', 'Not a valid id for this platform');
  return value;
}
