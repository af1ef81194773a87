import { contentTypePreference } from '../definitions/content-kpis';

/** A dimension of a §5.2 framework: the KPIs that measure it now, or why none does yet. */
export interface FrameworkDimension {
  name: string;
  kpiIds: readonly string[];
  /** Set when `kpiIds` is empty or covers only part of the dimension. */
  pending?: { metric: string; reason: string };
}

export interface ScorecardFramework {
  id: string;
  names: { en: string; zh: string };
  dimensions: readonly FrameworkDimension[];
}

const waitsForContent = 'waits for a content KPI of its own: engagement is read per item and community (ADR 0019), not yet per brand topic, topic heat or thread depth';
const waitsForOriginality = 'waits for ContentOriginalityChecked to reach a topic; it stays in the content service’s store';
const waitsForContentTouches = 'waits for content clicks as attribution touchpoints; conversions are credited to campaigns today';
const waitsForReferrals = 'waits for analytics to read the campaigns service’s referral events';
const waitsForSurveys = 'waits for survey-response events (CSAT); nothing records satisfaction yet';
const waitsForReputation = 'waits for moderation’s mention and sentiment events (SentimentScored, KeywordHit)';
const external = 'comes from outside the platform (platform connectors or market data), not from domain events';

const memberGrowth: FrameworkDimension = { name: 'Member growth', kpiIds: ['members.new', 'members.total', 'members.growth_rate'] };
const activity: FrameworkDimension = { name: 'Activity', kpiIds: ['activity.mau', 'activity.rate', 'activity.stickiness'] };

/** The seeds inventory’s §5.2 evaluation frameworks, as far as today’s events support them. */
export const scorecardFrameworks: readonly ScorecardFramework[] = [
  {
    id: 'SIX_DIMENSION',
    names: { en: 'Six-dimension scorecard', zh: '六維評估' },
    dimensions: [
      { ...memberGrowth, name: 'User growth' },
      activity,
      { name: 'Content propagation', kpiIds: ['content.reads', 'content.shares', 'content.propagation_rate'] },
      { name: 'Conversion', kpiIds: ['commerce.conversion_rate'] },
      { name: 'Satisfaction', kpiIds: [], pending: { metric: 'survey satisfaction (KPI-56)', reason: waitsForSurveys } },
      { name: 'Brand influence', kpiIds: [], pending: { metric: 'brand mentions and word of mouth (KPI-49)', reason: waitsForReputation } },
    ],
  },
  {
    id: 'FIVE_EFFECTS',
    names: { en: 'Five effects', zh: '五大效果' },
    dimensions: [
      memberGrowth,
      activity,
      { name: 'Brand communication', kpiIds: [], pending: { metric: 'reads and shares of brand topics (KPI-20/21)', reason: waitsForContent } },
      { name: 'Customer care', kpiIds: [], pending: { metric: 'feedback handled and satisfaction (KPI-56/57)', reason: waitsForSurveys } },
      { name: 'Sales results', kpiIds: ['commerce.gmv', 'commerce.leads'] },
    ],
  },
  {
    id: 'THREE_METRIC_FAMILIES',
    names: { en: 'Three metric families', zh: '三類數據指標' },
    dimensions: [
      { name: 'User metrics', kpiIds: ['members.total', 'members.growth_rate', 'activity.mau', 'activity.rate', 'retention.d30', 'retention.churn_rate'] },
      { name: 'Content metrics', kpiIds: ['content.reads', 'content.comments', 'content.share_rate', ...contentTypePreference.map((kpi) => kpi.id)] },
      { name: 'Market trends', kpiIds: [], pending: { metric: 'market and competitor trends (ANL-07/14)', reason: external } },
    ],
  },
  {
    id: 'FIVE_GOALS',
    names: { en: 'Five goals with expected outcomes', zh: '五大目標' },
    dimensions: [
      { name: 'Brand reach', kpiIds: [], pending: { metric: 'topic reads and brand search (KPI-20/50)', reason: waitsForContent } },
      { name: 'Customer relationship', kpiIds: ['commerce.repurchase_rate'], pending: { metric: 'CSAT (KPI-56)', reason: waitsForSurveys } },
      { name: 'Content conversion', kpiIds: [], pending: { metric: 'sales or leads from content (KPI-44)', reason: waitsForContentTouches } },
      { name: 'Data capability', kpiIds: [], pending: { metric: 'data capability', reason: 'an organisational goal with no metric in the seeds' } },
      { name: 'Team', kpiIds: [], pending: { metric: 'team building', reason: 'an organisational goal with no metric in the seeds' } },
    ],
  },
  {
    id: 'BRAND_INFLUENCE',
    names: { en: 'Brand influence', zh: '知名度-美譽度-忠誠度' },
    dimensions: [
      { name: 'Awareness', kpiIds: [], pending: { metric: 'impressions and topic heat (KPI-51)', reason: waitsForContent } },
      { name: 'Favourability', kpiIds: [], pending: { metric: 'positive reviews share (KPI-52)', reason: waitsForReputation } },
      { name: 'Loyalty', kpiIds: ['commerce.repurchase_rate'], pending: { metric: 'recommendation rate (KPI-54)', reason: waitsForReferrals } },
    ],
  },
  {
    id: 'USER_VALUE_CONVERSION',
    names: { en: 'User value conversion', zh: '活躍度-轉化率-客單價' },
    dimensions: [
      { name: 'Activity', kpiIds: ['activity.rate', 'activity.interaction_frequency'] },
      { name: 'Conversion', kpiIds: ['commerce.user_value_conversion', 'commerce.conversion_rate'] },
      { name: 'Average order value', kpiIds: ['commerce.aov', 'commerce.high_value_share'] },
    ],
  },
  {
    id: 'ECOSYSTEM_MATURITY',
    names: { en: 'Ecosystem maturity', zh: '互動深度-內容質量-商業閉環' },
    dimensions: [
      {
        name: 'Interaction depth',
        kpiIds: ['activity.interaction_frequency', 'activity.return_visit_rate'],
        pending: { metric: 'participation and discussion depth (KPI-12/17)', reason: waitsForContent },
      },
      { name: 'Content quality', kpiIds: ['content.quality'], pending: { metric: 'originality (KPI-29)', reason: waitsForOriginality } },
      { name: 'Commercial loop', kpiIds: ['commerce.monetisation_efficiency'] },
    ],
  },
  {
    id: 'THREE_OPERATING_DIMENSIONS',
    names: { en: 'Three operating dimensions', zh: '品牌認知-用戶沉淀-商業變現' },
    dimensions: [
      { name: 'Brand awareness', kpiIds: [], pending: { metric: 'awareness (KPI-51)', reason: waitsForContent } },
      { name: 'Member settling', kpiIds: ['retention.d30', 'retention.churn_rate', 'activity.rate', 'community.health'] },
      { name: 'Monetisation', kpiIds: ['commerce.gmv', 'commerce.user_value_conversion'] },
    ],
  },
];
