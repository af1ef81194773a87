/** `member_consents`: part of members/0002-read-models. */
export const consentTablesSql = `
  CREATE TABLE member_consents (
    tenant_id      text        NOT NULL,
    member_id      uuid        NOT NULL,
    purpose        text        NOT NULL,
    granted        boolean     NOT NULL,
    decided_at     timestamptz NOT NULL,
    policy_version text        NOT NULL,
    PRIMARY KEY (tenant_id, member_id, purpose)
  );

`;
