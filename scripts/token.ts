// `npm run token -- --tenant demo --roles owner[,analyst] [--sub u1] [--ttl 3600] [--communities c1,c2]`
// prints an HS256 development token for `Authorization: Bearer <token>`.
import { parseArgs } from 'node:util';
import { developmentTokenSettings } from '../libs/service-kit/src/auth/development-credentials.ts';
import { signDevToken } from '../libs/service-kit/src/auth/dev-token.ts';
import { roles as knownRoles } from '../libs/service-kit/src/auth/roles.ts';

const usage = 'usage: npm run token -- --tenant <id> --roles <role>[,<role>…] [--sub <id>] [--ttl <seconds>] [--communities <id>[,<id>…]]';

function fail(sentence: string): never {
  console.error(sentence);
  process.exit(1);
}

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

if (process.env.NODE_ENV === 'production') fail('Refusing to mint a development token because NODE_ENV is production.');

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      roles: { type: 'string' },
      sub: { type: 'string', default: 'dev-user' },
      ttl: { type: 'string', default: '3600' },
      communities: { type: 'string' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}

const roles = list(values.roles);
const unknownRoles = roles.filter((role) => !(knownRoles as readonly string[]).includes(role));
const ttlSeconds = Number(values.ttl);
if (!values.tenant) fail(`--tenant is required.\n${usage}`);
if (roles.length === 0) fail(`--roles is required.\n${usage}`);
if (unknownRoles.length > 0) fail(`Unknown role ${unknownRoles.join(', ')}; known roles: ${knownRoles.join(', ')}.`);
if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) fail('--ttl must be a positive whole number of seconds.');

const communities = values.communities === undefined ? undefined : list(values.communities);
signDevToken({ sub: values.sub!, tenant: values.tenant, roles, communities }, { ...developmentTokenSettings(process.env), ttlSeconds }).then(
  (token) => console.log(token),
);
