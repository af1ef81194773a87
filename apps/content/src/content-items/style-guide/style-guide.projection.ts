import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { styleGuideSetType, styleGuideStream, type StyleGuideSet } from './style-guide.decider';

/** `content_style_guides`: the tenant's current tone rules, read when a variant is written. */
export const styleGuideProjection = defineProjection<StyleGuideSet>('content_style_guides', {
  [styleGuideSetType]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO content_style_guides (tenant_id, rules, updated_at, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id) DO UPDATE SET rules = $2, updated_at = $3, updated_by = $4`,
      [tenantId, JSON.stringify(data.rules), occurredAt, data.setBy],
    ),
});

export const styleGuideProjections: ProjectionRegistrations = { [styleGuideStream.streamType]: [styleGuideProjection] };
