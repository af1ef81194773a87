import { sqlMigration, type Migration } from '@groundswell/service-kit';

// pg_trgm serves substring search in Chinese, which has no word boundaries for a full-text parser:
// `ILIKE '%年夜饭%'` uses the trigram index from three characters on (pg_trgm is a trusted extension,
// so the database owner may create it).
// content_drafts was the service's skeleton, replaced by content items.
const dropContentDraftsSql = 'DROP TABLE IF EXISTS content_drafts';

const contentItemsSql = `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE content_items (
    tenant_id text NOT NULL,
    content_item_id text NOT NULL,
    content_type text NOT NULL,
    format text NOT NULL,
    platform_native jsonb,
    status text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    body_text text NOT NULL,
    media jsonb NOT NULL,
    topics text[] NOT NULL,
    brand_topic text,
    community_ids text[] NOT NULL,
    risk_tier text NOT NULL,
    team jsonb NOT NULL,
    platforms text[] NOT NULL DEFAULT '{}',
    submission int NOT NULL DEFAULT 0,
    rounds_required int NOT NULL DEFAULT 0,
    rounds_approved int NOT NULL DEFAULT 0,
    screening_blocked boolean NOT NULL DEFAULT false,
    publish_at timestamptz,
    published_at timestamptz,
    fast_track boolean NOT NULL DEFAULT false,
    post_review_due boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_id, content_item_id)
  );
  CREATE INDEX content_items_by_tenant_newest ON content_items (tenant_id, created_at DESC, content_item_id DESC);
  CREATE INDEX content_items_search ON content_items USING gin ((title || ' ' || body_text) gin_trgm_ops);
  -- The content clock's question: which scheduled items are due?
  CREATE INDEX content_items_due ON content_items (publish_at) WHERE status = 'scheduled';

  CREATE TABLE content_item_variants (
    tenant_id text NOT NULL,
    content_item_id text NOT NULL,
    platform text NOT NULL,
    title text,
    text text NOT NULL,
    media_asset_ids text[] NOT NULL,
    hashtags text[] NOT NULL,
    style_flags jsonb NOT NULL,
    platform_post_id text,
    post_url text,
    confirmed_at timestamptz,
    PRIMARY KEY (tenant_id, content_item_id, platform)
  );

  CREATE TABLE content_item_reviews (
    tenant_id text NOT NULL,
    content_item_id text NOT NULL,
    event_id text NOT NULL,
    submission int NOT NULL,
    round int NOT NULL,
    phase text NOT NULL,
    decision text NOT NULL,
    checklist jsonb NOT NULL,
    comment text,
    reviewed_by text NOT NULL,
    reviewed_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, content_item_id, event_id)
  );

  -- Moderation answers by screening id; this says which item and variant it was about.
  CREATE TABLE content_item_screenings (
    tenant_id text NOT NULL,
    screening_id text NOT NULL,
    content_item_id text NOT NULL,
    platform text NOT NULL,
    submission int NOT NULL,
    verdict text,
    case_id text,
    PRIMARY KEY (tenant_id, screening_id)
  )`;


const styleGuidesSql = `
  CREATE TABLE content_style_guides (
    tenant_id text PRIMARY KEY,
    rules jsonb NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL
  )`;

const knownCommunitiesSql = `
  CREATE TABLE content_known_communities (
    tenant_id text NOT NULL,
    community_id text NOT NULL,
    PRIMARY KEY (tenant_id, community_id)
  )`;

// Which campaign an item promotes; engagement reads it per click to credit the campaign.
const contentItemCampaignSql = 'ALTER TABLE content_items ADD COLUMN campaign_id text';

export const contentItemMigrations: Migration[] = [
  sqlMigration('content/0099-drop-content-drafts', dropContentDraftsSql),
  sqlMigration('content/0100-content-items', contentItemsSql),
  sqlMigration('content/0101-content-style-guides', styleGuidesSql),
  sqlMigration('content/0102-content-known-communities', knownCommunitiesSql),
  sqlMigration('content/0103-content-item-campaign', contentItemCampaignSql),
];
