import { Injectable } from '@nestjs/common';
import type { EncryptedField } from '@groundswell/events';
import { MembersContext } from '../shared/members-context';

export interface ChurnRiskRow {
  communityId: string;
  score: number;
  band: string;
  modelVersion: string;
  assessedAt: Date;
  confirmed: boolean | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  sealedNote: EncryptedField | null;
}

@Injectable()
export class ChurnRiskQueries {
  constructor(private readonly context: MembersContext) {}

  async churnRisk(tenantId: string, memberId: string, communityId: string): Promise<ChurnRiskRow | undefined> {
    const { rows } = await this.context.pool.query<ChurnRiskRow>(
      `SELECT community_id AS "communityId", score, band, model_version AS "modelVersion", assessed_at AS "assessedAt",
              confirmed, reviewed_by AS "reviewedBy", reviewed_at AS "reviewedAt", note AS "sealedNote"
       FROM member_churn_risk WHERE tenant_id = $1 AND member_id = $2 AND community_id = $3`,
      [tenantId, memberId, communityId],
    );
    return rows[0];
  }

  /** The note's plaintext, or null once the member is erased (their key is gone). */
  revealNote(tenantId: string, memberId: string, sealed: EncryptedField | null): Promise<string | null> {
    return this.context.vault.decrypt(this.context.pool, tenantId, memberId, sealed);
  }
}
