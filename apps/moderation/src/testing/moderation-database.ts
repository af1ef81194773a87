import { createTestDatabase, type TestDatabase } from '@groundswell/test-kit';
import { moderationService } from '../moderation.service';

/** A fresh database with every moderation migration. */
export function createModerationDatabase(label: string): Promise<TestDatabase> {
  return createTestDatabase(`moderation_${label}`, moderationService.migrations);
}
