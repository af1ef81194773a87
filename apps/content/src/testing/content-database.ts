import { createTestDatabase, type TestDatabase } from '@groundswell/test-kit';
import { contentService } from '../content.service';

/** A fresh database with every content migration. */
export function createContentDatabase(label: string): Promise<TestDatabase> {
  return createTestDatabase(`content_${label}`, contentService.migrations);
}
