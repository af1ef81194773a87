import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '@groundswell/service-kit';
import { MemberDomainError, memberDomainErrorCodes, type MemberDomainErrorCode } from './member-domain.error';

function sources(directory = __dirname): { file: string; text: string }[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') ? [{ file, text: readFileSync(file, 'utf8') }] : [];
  });
}

const codes = Object.keys(memberDomainErrorCodes) as MemberDomainErrorCode[];
const all = sources().filter(({ file }) => !file.endsWith('member-domain.error.ts') && !file.endsWith('member-domain.error.spec.ts'));
const specs = all.filter(({ file }) => file.endsWith('.spec.ts')).map(({ text }) => text).join('\n');
const code = all.filter(({ file }) => !file.endsWith('.spec.ts') && !file.includes(`${path.sep}testing${path.sep}`)).map(({ text }) => text).join('\n');

describe(MemberDomainError.name, () => {
  it('should carry its precise code and the public category of that code', () => {
    const error = new MemberDomainError('INSUFFICIENT_POINTS', 'Only 3 points can be spent', { spendable: 3 });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INSUFFICIENT_POINTS', category: 'CONFLICT', details: { spendable: 3 }, name: 'MemberDomainError' });
  });

  it.each(codes)('should throw %s somewhere in the domain', (errorCode) => {
    expect(code).toContain(`'${errorCode}'`);
  });

  it.each(codes)('should have a spec that expects %s', (errorCode) => {
    expect(specs).toContain(`'${errorCode}'`);
  });
});
