// Re-derives a lottery's winners from its revealed seed and its entries (docs/lotteries.md):
//   node apps/campaigns/scripts/verify-lottery.ts <export.json>
//   node apps/campaigns/scripts/verify-lottery.ts --gateway http://localhost:4000/graphql --token <jwt> --lottery <id>
// The export is the `lotteryDrawExport` query's answer (bare, or the whole GraphQL response).
// Exit 0: the published winners are the ones the seed gives; 1: they are not; 2: no export to check.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { drawWinners, entriesDigest, lotteryDrawAlgorithm, seedCommitment, type DrawPrize, type DrawWinner } from '../src/lotteries/lottery-draw.ts';

interface DrawExport {
  lotteryId: string;
  algorithm: string;
  seedCommitment: string;
  seed: string;
  entriesDigest: string;
  prizes: DrawPrize[];
  entries: string[];
  winners: DrawWinner[];
}

const exportQuery = `query LotteryDrawExport($lotteryId: ID!) {
  lotteryDrawExport(lotteryId: $lotteryId) { lotteryId algorithm seedCommitment seed entriesDigest prizes { prizeId name quantity } entries winners { rank prizeId memberId } }
}`;

function fail(sentence: string): never {
  console.error(sentence);
  process.exit(2);
}

function unwrap(document: unknown): DrawExport {
  const answer = (document as { data?: { lotteryDrawExport?: DrawExport | null } }).data;
  const found = answer ? answer.lotteryDrawExport : (document as DrawExport);
  if (!found || typeof found.seed !== 'string' || !Array.isArray(found.entries) || !Array.isArray(found.winners)) fail('No drawn lottery in this export (is it drawn yet?).');
  return found;
}

async function fetchExport(gateway: string, token: string, lotteryId: string): Promise<DrawExport> {
  const response = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: exportQuery, variables: { lotteryId } }),
  });
  if (!response.ok) fail(`The gateway answered ${response.status}.`);
  return unwrap(await response.json());
}

async function loadExport(): Promise<DrawExport> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { gateway: { type: 'string' }, token: { type: 'string' }, lottery: { type: 'string' } } });
  if (positionals[0]) return unwrap(JSON.parse(readFileSync(positionals[0], 'utf8')));
  if (values.gateway && values.token && values.lottery) return fetchExport(values.gateway, values.token, values.lottery);
  return fail('usage: verify-lottery.ts <export.json> | --gateway <url> --token <jwt> --lottery <id>');
}

async function main(): Promise<void> {
  const draw = await loadExport();
  const derived = drawWinners(draw.seed, draw.entries, draw.prizes);
  const checks: [string, boolean][] = [
    [`the draw procedure is ${lotteryDrawAlgorithm}`, draw.algorithm === lotteryDrawAlgorithm],
    ['SHA-256 of the revealed seed is the commitment published before entries closed', seedCommitment(draw.seed) === draw.seedCommitment],
    ['the entries are the ones fingerprinted when entries closed', entriesDigest(draw.entries) === draw.entriesDigest],
    ['the published winners are the ones the seed and the sorted entries give', isDeepStrictEqual(derived, draw.winners.map(({ rank, prizeId, memberId }) => ({ rank, prizeId, memberId })))],
  ];
  console.log(`lottery ${draw.lotteryId}: ${new Set(draw.entries).size} entrants, ${derived.length} winners re-derived`);
  for (const { rank, prizeId, memberId } of derived) console.log(`  ${rank}. ${prizeId} → ${memberId}`);
  for (const [check, holds] of checks) console.log(`${holds ? 'ok  ' : 'FAIL'} ${check}`);
  process.exit(checks.every(([, holds]) => holds) ? 0 : 1);
}

void main();
