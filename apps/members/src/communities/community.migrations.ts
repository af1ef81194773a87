/** `communities`: part of members/0002-read-models. */
export const communityTablesSql = `
  CREATE TABLE communities (
    tenant_id    text        NOT NULL,
    community_id uuid        NOT NULL,
    name         text        NOT NULL,
    platform     text        NOT NULL,
    external_id  text,
    status       text        NOT NULL,
    stage        text        NOT NULL,
    member_count integer     NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, community_id)
  );
  CREATE UNIQUE INDEX communities_external_id ON communities (tenant_id, platform, external_id) WHERE external_id IS NOT NULL;


`;
