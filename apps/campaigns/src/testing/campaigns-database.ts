import { createTestDatabase, type TestDatabase } from '@groundswell/test-kit';
import { campaignsService } from '../campaigns.service';

/** A fresh database with every campaigns migration. */
export function createCampaignsDatabase(label: string): Promise<TestDatabase> {
  return createTestDatabase(`campaigns_${label}`, campaignsService.migrations);
}
