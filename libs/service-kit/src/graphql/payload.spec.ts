import { RequestError } from '../errors/app-error';
import { requireWritten } from './payload';

describe(requireWritten.name, () => {
  it('should give back the record a mutation wrote', async () => {
    await expect(requireWritten(Promise.resolve({ id: 'risk-1' }), 'risk')).resolves.toEqual({ id: 'risk-1' });
  });

  it.each([null, undefined])('should make a record that cannot be read back (%s) our fault, INTERNAL, not the caller’s', async (missing) => {
    const failure = requireWritten(Promise.resolve(missing), 'rule set');

    await expect(failure).rejects.toThrow(RequestError);
    await expect(failure).rejects.toMatchObject({ category: 'INTERNAL', message: 'The rule set was written but cannot be read back' });
  });
});
