import type { BackupDrillOptions } from '@groundswell/event-store';
import { membersProjections } from '../shared/members-projections';

/**
 * What the backup drill rebuilds for members: its inline read models, from its event log. Tables
 * fed by consumers (segments, lifecycle evaluations, partner feed), the key vault and
 * `member_identity_index` are restored, not replayed: they are compared with the state before the
 * dump only. The identity index holds keyed lookup hashes that the join use case writes beside the
 * events (the events don't carry them), so no replay of the log can recreate it.
 */
export const membersBackup: Pick<BackupDrillOptions, 'projections' | 'readModels'> = {
  projections: membersProjections,
  readModels: [
    'communities',
    'members',
    'memberships',
    'member_identities',
    'member_consents',
    'member_churn_risk',
    'member_activity_daily',
    'catalogue_items',
    'points_accounts',
    'points_ledger',
    'points_lot_expiries',
    'member_badges',
    'badge_definitions',
    'points_programmes',
    'tags',
    'tag_keys',
    'member_tags',
  ],
};
