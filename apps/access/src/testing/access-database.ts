import { createTestDatabase, type TestDatabase } from '@groundswell/test-kit';
import { accessService } from '../access.service';

/** A fresh database with every access migration. */
export function createAccessDatabase(label: string): Promise<TestDatabase> {
  return createTestDatabase(`access_${label}`, accessService.migrations);
}
