import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { lookup as lookupCallback } from 'node:dns';
import { WebhookError } from '../webhook.error';

export const maxWebhookUrlLength = 2000;

/**
 * Addresses a webhook must never reach in production (SSRF): this host, the cluster's private
 * networks, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and the
 * unspecified address, in IPv4 and IPv6 (IPv4-mapped IPv6 included).
 */
const forbidden = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv6');
}

export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return forbidden.check(mapped[1]!, 'ipv4');
    return forbidden.check(address, 'ipv6');
  }
  return forbidden.check(address, 'ipv4');
}

/**
 * In production a webhook URL is https and resolves only to public addresses, checked when the
 * subscription is made and again, by {@link safeLookup}, at every connection (DNS can change).
 * In development and tests, local receivers are allowed.
 */
export class WebhookUrlPolicy {
  constructor(private readonly production: boolean) {}

  async check(raw: string): Promise<string> {
    let url: URL;
    try {
      url = new URL(raw.trim());
    } catch {
      throw new WebhookError('URL_INVALID', 'The webhook URL is not a valid absolute URL');
    }
    if (raw.length > maxWebhookUrlLength || !['https:', 'http:'].includes(url.protocol) || url.username || url.password) {
      throw new WebhookError('URL_INVALID', `The webhook URL must be http(s), without credentials, at most ${maxWebhookUrlLength} characters`);
    }
    if (!this.production) return url.toString();
    if (url.protocol !== 'https:') throw new WebhookError('URL_INSECURE', 'Webhook URLs must use https');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : await resolveAll(host);
    const refused = addresses.filter(isForbiddenAddress);
    if (refused.length > 0) {
      throw new WebhookError('URL_FORBIDDEN', 'The webhook URL resolves to a loopback, private or link-local address', { host: url.hostname });
    }
    return url.toString();
  }

  /** The DNS lookup for delivery connections: refuses a forbidden address at connect time in production. */
  get lookup(): LookupFunction | undefined {
    return this.production ? safeLookup : undefined;
  }
}

async function resolveAll(host: string): Promise<string[]> {
  try {
    return (await lookup(host, { all: true })).map((entry) => entry.address);
  } catch {
    throw new WebhookError('URL_INVALID', `The webhook host "${host}" does not resolve`, { host });
  }
}

const safeLookup: LookupFunction = (hostname, options, callback) => {
  lookupCallback(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const entries = addresses as unknown as Array<{ address: string; family: number }>;
    const allowed = entries.filter((entry) => !isForbiddenAddress(entry.address));
    if (allowed.length === 0) {
      return callback(Object.assign(new Error(`${hostname} resolves only to forbidden addresses`), { code: 'URL_FORBIDDEN' }), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: typeof allowed) => void)(null, allowed);
    return callback(null, allowed[0]!.address, allowed[0]!.family);
  });
};
