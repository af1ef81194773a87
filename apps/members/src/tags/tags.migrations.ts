/** `tags`, `tag_keys`, `member_tags`: part of members/0007-tags-and-segments. */
export const tagTablesSql = `
  CREATE TABLE tags (
    tenant_id    text        NOT NULL,
    tag_id       uuid        NOT NULL,
    name         text        NOT NULL,
    category     text        NOT NULL,
    mode         text        NOT NULL,
    rule         jsonb,
    retired      boolean     NOT NULL DEFAULT false,
    defined_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, tag_id)
  );
  -- Written by the defineTag use case: TagDefined.v1 carries no key, so the key lives beside the stream.
  CREATE TABLE tag_keys (
    tenant_id text NOT NULL,
    key       text NOT NULL,
    tag_id    uuid NOT NULL,
    PRIMARY KEY (tenant_id, key)
  );
  CREATE UNIQUE INDEX tag_keys_by_tag ON tag_keys (tenant_id, tag_id);

  CREATE TABLE member_tags (
    tenant_id text        NOT NULL,
    member_id uuid        NOT NULL,
    tag_id    uuid        NOT NULL,
    source    text        NOT NULL,
    tagged_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, member_id, tag_id)
  );
  CREATE INDEX member_tags_by_tag ON member_tags (tenant_id, tag_id);


`;
