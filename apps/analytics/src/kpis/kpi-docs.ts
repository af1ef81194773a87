import type { KpiDefinition } from './kpi-definition';
import { communityHealthWeights, communityHealthWeightsV1 } from './definitions/health-kpis';
import { supersededKpis } from './superseded-kpis';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** docs/kpis.md, rendered from the catalogue; kpi-docs.spec.ts fails when the committed file differs. */
export function renderKpiDocs(catalogue: readonly KpiDefinition[]): string {
  const rows = catalogue.map((kpi) =>
    [kpi.id, kpi.inventoryId, kpi.names.en, kpi.names.zh, String(kpi.version), kpi.unit, kpi.formula, kpi.window, kpi.dimensions.join(', ')].map(cell).join(' | '),
  );
  const definitions = catalogue.map((kpi) => `### ${kpi.id} — ${kpi.names.en} (${kpi.names.zh}), v${kpi.version}\n\n${kpi.definition}\n`);
  const weightsOf = (table: Record<string, number>) => Object.entries(table).map(([part, weight]) => `${part} ${weight}`).join(', ');
  return `# KPI catalogue

<!-- Generated from apps/analytics/src/kpis/kpi-catalogue.ts by \`node apps/analytics/scripts/kpi-docs.ts\`; do not edit by hand. -->

Every KPI the analytics service answers through \`kpi(id, filter, range, granularity, asOf)\`. The formula in
words is below; the code is each definition's \`evaluate\`. A change to a formula is a new version;
earlier versions stay answerable with \`kpi(..., version: n)\`, so a figure once reported can be reproduced.
Inventory ids are the rows of the seeds inventory (§5.1 \`KPI-xx\`, or the §1 \`MEM-xx\` / §4 \`MOD-xx\` capability measured).
Units: \`members\` a head count, \`ratio\` a fraction (0.85 is 85 %), \`count\` events, \`points\` loyalty points,
\`hour\` a UTC hour of day, \`days\` and \`minutes\` a duration, \`score\` an index from 0 to 1, \`money\` minor units of CNY (fen).

Community health (KPI-68) weights, version 2: ${weightsOf(communityHealthWeights)} (version 1: ${weightsOf(communityHealthWeightsV1)}).

| id | inventory | name | 名称 | version | unit | formula | window | dimensions |
|---|---|---|---|---|---|---|---|---|
${rows.map((row) => `| ${row} |`).join('\n')}

Superseded versions, still answerable: ${supersededKpis.map((kpi) => `\`${kpi.id}\` v${kpi.version}`).join(', ')} (the member and activity
KPIs' version 1 counted a member merged into another as a member of its own; community health's version 1 had no conduct).

Besides the series: \`cohortRetention(filter, range, granularity: DAY | WEEK, offsets, asOf)\` answers the KPI-32
cohort matrix, and \`scorecard(framework, filter, range, asOf)\` the §5.2 frameworks with the metrics not yet supported.

Moderation KPIs (KPI-59…65) read the moderation service's published events (cases, reports, sanctions, appeals,
crisis alerts), projected into \`moderation_facts\`; events ingested before that projection existed are brought in
by rebuilding it (\`moderation-facts\`).

Campaign KPIs (KPI-38…48, 69, 70, 72…74) read the campaigns service's events (plans with goal targets and budgets,
lifecycle, participation, coupon claims, conversions with their last-touch attribution and refunds) and the members
service's joins that name a campaign, projected into \`campaign_facts\` (rebuild \`campaign-facts\` for events ingested
before it existed). Besides community they are narrowed by \`campaignId\` and promotion \`channel\` where their
dimensions say so; ADR 0018 records the definitional choices.

Content KPIs (KPI-14, 20…31, 36) read the content service's items, publications, review rounds, engagement signals
and UGC contributions, projected into \`content_facts\` (rebuild \`content-facts\` for events ingested before it
existed). Besides community they are narrowed by \`itemId\` (a content item or contribution) where their dimensions
say so; ADR 0019 records the definitional choices.

## Not yet answerable from the services' events

- Churn through inactivity (KPI-33 counts departures only in version 1) and the S2 alert: wait for a dormancy definition and a \`ChurnThresholdExceeded\` event.
- Participation, posts and likes (KPI-08…10, 12, 16…18) as series of their own: wait for a definition over engagement signals and member activity together.
- Content originality (KPI-29 内容原创率): \`ContentOriginalityChecked\` stays in the content service's store and reaches no topic; member ratings of content (KPI-29's rating part), comment sentiment (KPI-24) and staff hours (KPI-31's per-staff-hour reading) are not recorded.
- Campaign impressions and clicks (KPI-69 exposure and KPI-40 count reach and joins in version 1): wait for the content service's views of campaign posts.
- Actual campaign spend (KPI-72…74 version 1 read planned budgets) and IP-licensing revenue (KPI-45): wait for spend and licensing events.
- Reputation and satisfaction (KPI-49…58).
- Negative-opinion share and keyword frequency as continuous series (KPI-59/60 version 1 are the readings that raised alerts): wait for moderation to publish its monitors' readings.
- Violation and compliance rates over all published items, reports per 1,000 items (KPI-62/63/65): wait for \`ContentPublished\`; version 1 counts reviewed cases.
- Residual risk over the risk register (KPI-64 version 1 uses crisis alerts): waits for the register's events.
- Dwell time over sessions outside content (KPI-14 version 1 is the dwell time of content views): waits for session events with durations.

## Definitions

${definitions.join('\n')}`;
}
