import { generateModeration, type DemoReport, type DemoSanction } from '../demo-moderation.ts';
import { acknowledgeAlertMutation, applySanctionMutation, claimCaseMutation, crisisObservationsMutation, decideAppealMutation, decideCaseMutation, fileAppealMutation, fileReportMutation, firstResponseMutation, importWatchedWordsMutation, resolveAlertMutation } from '../demo-operations.ts';
import { errorMessages, type GraphqlRequest, type GraphqlResponse } from '../graphql-client.ts';
import type { DemoLoad } from './demo-load.ts';

export interface ModerationCounts {
  watchedWords: number;
  reports: number;
  sanctions: number;
  appeals: number;
  crisisAlerts: number;
  failed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const notYetKnown = new Set(['COMMUNITY_NOT_FOUND', 'MEMBER_NOT_FOUND']);

/** Moderation learns communities and members from the members service's events: a just-joined member may take a moment to be known there. */
function untilKnown(request: GraphqlRequest): GraphqlRequest {
  return async function retrying<T>(query: string, variables: Record<string, unknown>): Promise<GraphqlResponse<T>> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const result = await request<T>(query, variables);
      const reason = result.errors?.[0]?.extensions?.reason;
      if (!reason || !notYetKnown.has(reason) || Date.now() > deadline) return result;
      await sleep(1_000);
    }
  };
}

/**
 * Loads the moderation story (demo-moderation.ts) through the gateway, every call under an idempotency
 * key: a resumed load repeats it and gets the first results back. `reviewer` is a second moderator,
 * because an appeal is never decided by the one who sanctioned.
 */
export async function loadModeration(load: DemoLoad, reviewer: GraphqlRequest): Promise<ModerationCounts> {
  const { data, communityIds, memberIds, log } = load;
  const request = untilKnown(load.request);
  const story = generateModeration(data);
  const counts: ModerationCounts = { watchedWords: 0, reports: 0, sanctions: 0, appeals: 0, crisisAlerts: 0, failed: 0 };
  const failed = (what: string, result: GraphqlResponse<unknown>) => {
    counts.failed += 1;
    log(`demo: moderation: ${what} failed: ${errorMessages(result.errors) ?? 'no data'}`);
  };
  const call = async <T>(what: string, query: string, variables: Record<string, unknown>, as: GraphqlRequest = request): Promise<T | undefined> => {
    const result = await as<T>(query, variables);
    if (result.data && !result.errors) return result.data;
    failed(what, result);
    return undefined;
  };
  const key = (name: string) => `demo-moderation-${data.seed}-${name}`;

  const imported = await call<{ importWatchedWords: { totalCount: number } }>('watched-word import', importWatchedWordsMutation, { input: { csv: story.csv }, key: key('watched-words') });
  counts.watchedWords = imported?.importWatchedWords.totalCount ?? 0;

  // --- reports, and what the moderators make of the cases they open ---
  const caseOf = new Map<string, string>();
  for (const report of story.reports) {
    const caseId = await fileReport(report);
    if (caseId) caseOf.set(report.key, caseId);
  }
  for (const report of story.reports) {
    const caseId = caseOf.get(report.key);
    if (caseId && report.outcome !== 'wait') await handleCase(report, caseId);
  }

  // --- sanctions, one appealed and decided by the second moderator ---
  for (const sanction of story.sanctions) await applySanction(sanction);

  // --- a burst of complaints: the crisis monitor raises an alert; it is answered within the SLA and resolved ---
  await crisis();
  log(
    `demo: moderation ${counts.watchedWords} watched words, ${counts.reports} reports, ${counts.sanctions} sanctions, ${counts.appeals} appeal, ` +
      `${counts.crisisAlerts} crisis alert${counts.failed ? `, ${counts.failed} calls failed` : ''}`,
  );
  return counts;

  async function fileReport(report: DemoReport): Promise<string | undefined> {
    const reporterMemberId = memberIds.get(report.reporter);
    if (!reporterMemberId) return undefined;
    const input = { targetKind: 'message', targetId: report.messageId, communityId: communityIds[report.community], category: report.category, detail: report.detail, reporterMemberId };
    const filed = await call<{ fileReport: { report: { caseId: string } } }>(`report ${report.key}`, fileReportMutation, { input, key: report.key });
    if (filed) counts.reports += 1;
    return filed?.fileReport.report.caseId;
  }

  async function handleCase(report: DemoReport, caseId: string): Promise<void> {
    const claimed = await call('claim', claimCaseMutation, { id: caseId, key: `${report.key}-claim` });
    if (!claimed || report.outcome === 'claim' || report.outcome === 'wait') return;
    const decision = { approve: { decision: 'approve' }, reject: { decision: 'reject', reason: '违反社群规则,已确认' }, escalate: { decision: 'escalate', reason: '涉嫌金融诈骗,需二级审核' } }[report.outcome];
    await call('decision', decideCaseMutation, { input: { id: caseId, ...decision }, key: `${report.key}-decide` });
  }

  async function applySanction(sanction: DemoSanction): Promise<void> {
    const memberId = memberIds.get(sanction.person);
    if (!memberId) return;
    const caseId = sanction.report ? caseOf.get(sanction.report) : undefined;
    const input = {
      memberId,
      kind: sanction.kind,
      communityId: communityIds[sanction.community],
      ruleId: sanction.ruleId,
      reason: sanction.reason,
      ...(sanction.durationMinutes ? { durationMinutes: sanction.durationMinutes } : {}),
      ...(caseId ? { caseId } : {}),
    };
    const applied = await call<{ applySanction: { sanctions: Array<{ id: string; kind: string }> } }>(`sanction ${sanction.key}`, applySanctionMutation, { input, key: sanction.key });
    if (!applied) return;
    counts.sanctions += applied.applySanction.sanctions.length;
    const sanctionId = applied.applySanction.sanctions.find((each) => each.kind === sanction.kind)?.id;
    if (!sanction.appeal || !sanctionId) return;
    const { statement, outcome, reason } = sanction.appeal;
    const filed = await call<{ fileAppeal: { appeal: { id: string } } }>('appeal', fileAppealMutation, { input: { sanctionId, statement, appellantMemberId: memberId }, key: `${sanction.key}-appeal` });
    if (!filed) return;
    const decided = await call('appeal decision', decideAppealMutation, { input: { id: filed.fileAppeal.appeal.id, outcome, reason }, key: `${sanction.key}-appeal-decide` }, reviewer);
    if (decided) counts.appeals += 1;
  }

  async function crisis(): Promise<void> {
    const { community, messages, statement, summary } = story.crisis;
    const now = Date.now();
    const observations = messages.map(({ minutesAgo, text }) => ({ kind: 'message', communityId: communityIds[community], at: new Date(now - minutesAgo * 60_000).toISOString(), text }));
    const fed = await call<{ recordCrisisObservations: { raisedAlerts: Array<{ id: string }> } }>('crisis observations', crisisObservationsMutation, { observations, key: key('crisis-observations') });
    const alertId = fed?.recordCrisisObservations.raisedAlerts[0]?.id;
    if (!alertId) {
      if (fed) log('demo: moderation: the complaints raised no crisis alert (is the monitor already tripped in that community?)');
      return;
    }
    const steps: Array<[string, string, Record<string, unknown>]> = [
      ['acknowledge', acknowledgeAlertMutation, { alertId, severity: 'high', crisisType: 'product_quality' }],
      ['first response', firstResponseMutation, { alertId, channel: 'community', statement }],
      ['resolve', resolveAlertMutation, { alertId, outcome: 'handled', summary }],
    ];
    for (const [what, mutation, input] of steps) if (!(await call(`crisis ${what}`, mutation, { input, key: key(`crisis-${what.replace(' ', '-')}`) }))) return;
    counts.crisisAlerts += 1;
  }
}
