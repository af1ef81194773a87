import { kpiCatalogue } from './kpi-catalogue';

// Their events name no community: points belong to member accounts, appeals to sanctions.
const tenantOnly = new Set(['moderation.appeal_uphold_rate']);

/** Campaign KPIs are narrowed by campaign and channel instead of platform; those over active members or audiences lack some. */
function expectedDimensions(id: string): string[] {
  if (tenantOnly.has(id) || id.startsWith('points.')) return ['tenant'];
  if (id === 'commerce.user_value_conversion' || id === 'commerce.monetisation_efficiency') return ['tenant', 'community'];
  if (id.startsWith('budget.') || ['campaign.participation_rate', 'campaign.exposure', 'campaign.goal_attainment'].includes(id)) return ['tenant', 'community', 'campaign'];
  if (id.startsWith('commerce.') || id.startsWith('campaign.')) return ['tenant', 'community', 'campaign', 'channel'];
  // Content KPIs are narrowed by item instead of platform; those over members (UGC, creators) and type shares have no item.
  if (id.startsWith('content.type_share.') || ['content.ugc_contribution_rate', 'content.ugc_volume', 'content.creator_retention'].includes(id)) return ['tenant', 'community'];
  if (id.startsWith('content.')) return ['tenant', 'community', 'item'];
  return ['tenant', 'community', 'platform'];
}

describe('kpiCatalogue', () => {
  it('should give every KPI a unique id', () => {
    const ids = kpiCatalogue.map((kpi) => kpi.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(kpiCatalogue.map((kpi) => [kpi.id, kpi] as const))('should fully document %s', (_, kpi) => {
    expect(kpi.inventoryId).toMatch(/^(KPI|MEM|MOD)-\d{2}$/);
    expect(kpi.names.en).not.toBe('');
    expect(kpi.names.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(kpi.version).toBeGreaterThanOrEqual(1);
    expect(kpi.formula.length).toBeGreaterThan(10);
    expect(kpi.definition.length).toBeGreaterThan(80);
    expect(kpi.dimensions).toEqual(expectedDimensions(kpi.id));
  });

  it('should implement every KPI the members, moderation, campaigns and content services’ events support (issues 5, 12, 13 and 14)', () => {
    const inventoryIds = new Set(kpiCatalogue.map((kpi) => kpi.inventoryId));
    expect([...inventoryIds].sort()).toEqual([
      'KPI-01', 'KPI-02', 'KPI-04', 'KPI-05', 'KPI-06', 'KPI-07', 'KPI-11', 'KPI-13', 'KPI-14', 'KPI-15', 'KPI-19',
      'KPI-20', 'KPI-21', 'KPI-22', 'KPI-23', 'KPI-24', 'KPI-25', 'KPI-26', 'KPI-27', 'KPI-28', 'KPI-29', 'KPI-30', 'KPI-31',
      'KPI-32', 'KPI-33', 'KPI-34', 'KPI-35', 'KPI-36', 'KPI-37',
      'KPI-38', 'KPI-39', 'KPI-40', 'KPI-41', 'KPI-42', 'KPI-43', 'KPI-44', 'KPI-45', 'KPI-46', 'KPI-47', 'KPI-48',
      'KPI-59', 'KPI-60', 'KPI-61', 'KPI-62', 'KPI-63', 'KPI-64', 'KPI-65', 'KPI-68', 'KPI-69', 'KPI-70', 'KPI-72', 'KPI-73', 'KPI-74',
      'MEM-12', 'MEM-36', 'MEM-38', 'MOD-12', 'MOD-14',
    ]);
  });
});
