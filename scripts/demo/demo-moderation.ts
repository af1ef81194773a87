// The demo tenant's moderation story, derived from the demo data: a watched-word list, reports and the
// review cases they open (decided, escalated, in review, waiting), sanctions with an appeal, and a burst
// of complaints in one community that raises a crisis alert, answered within the SLA and resolved.
// Pure and deterministic for a seed. Erasable TypeScript only (Node runs it directly).
import { mulberry32, sentinelJoin, type CommunityKey, type DemoData } from './demo-data.ts';

/** What the watched-word list holds: the CSV import's columns (pattern, action, action_value, category, severity, flags). */
const watchedWords: ReadonlyArray<readonly [pattern: string, action: string, actionValue: string, category: string, severity: string, flags: string]> = [
  ['加微信', 'require_approval', '', 'ads', 'medium', 'pinyin'],
  ['微信号', 'flag', '', 'ads', 'low', 'pinyin'],
  ['私聊领取', 'require_approval', '', 'ads', 'medium', ''],
  ['代购', 'flag', '', 'ads', 'low', ''],
  ['刷单', 'block', '', 'fraud', 'high', 'pinyin'],
  ['兼职日结', 'block', '', 'fraud', 'high', ''],
  ['免费领取*', 'require_approval', '', 'ads', 'medium', ''],
  ['扫码进群', 'require_approval', '', 'ads', 'medium', ''],
  ['加群送', 'require_approval', '', 'ads', 'medium', ''],
  ['内部渠道', 'flag', '', 'fraud', 'medium', ''],
  ['稳赚不赔', 'block', '', 'fraud', 'high', ''],
  ['高额返利', 'block', '', 'fraud', 'high', ''],
  ['贷款秒批', 'block', '', 'fraud', 'critical', ''],
  ['网赚', 'block', '', 'fraud', 'high', 'pinyin'],
  ['博彩', 'block', '', 'fraud', 'critical', 'pinyin'],
  ['傻逼', 'censor', '', 'abuse', 'high', 'abbreviations'],
  ['脑残', 'censor', '', 'abuse', 'medium', ''],
  ['滚出去', 'censor', '', 'abuse', 'medium', ''],
  ['去死', 'silence', 'mute:1440', 'abuse', 'critical', ''],
  ['垃圾人', 'censor', '', 'abuse', 'medium', ''],
  ['废物', 'censor', '', 'abuse', 'low', ''],
  ['fuck', 'censor', '', 'abuse', 'medium', 'whole_word'],
  ['假货', 'flag', '', 'custom', 'medium', ''],
  ['食物中毒', 'flag', '', 'custom', 'high', ''],
  ['维权', 'tag', 'complaint', 'custom', 'medium', ''],
  ['曝光你们', 'tag', 'complaint', 'custom', 'high', ''],
  ['竞品', 'replace', '其他品牌', 'custom', 'low', ''],
];

function csvFlags(flags: string): string {
  const set = new Set(flags.split(' ').filter(Boolean));
  return ['whole_word', 'pinyin', 'abbreviations'].map((flag) => (set.has(flag) ? 'true' : '')).join(',');
}

/** The tenant-wide watched-word list, as the CSV an operator would import. */
export function watchedWordsCsv(): string {
  const header = 'pattern,action,action_value,category,severity,whole_word,pinyin,abbreviations';
  return [header, ...watchedWords.map(([pattern, action, value, category, severity, flags]) => `${pattern},${action},${value},${category},${severity},${csvFlags(flags)}`)].join('\n') + '\n';
}

export type CaseOutcome = 'approve' | 'reject' | 'escalate' | 'claim' | 'wait';

export interface DemoReport {
  key: string;
  community: CommunityKey;
  /** The person whose message is reported, and the one who reports it. */
  author: number;
  reporter: number;
  messageId: string;
  category: 'spam' | 'ads' | 'abuse' | 'fraud';
  detail: string;
  /** What the moderators do with the case the first report on the message opened. */
  outcome: CaseOutcome;
}

export interface DemoSanction {
  key: string;
  community: CommunityKey;
  person: number;
  kind: 'warning' | 'mute';
  durationMinutes?: number;
  ruleId: string;
  reason: string;
  /** The report whose case it follows from. */
  report?: string;
  /** The member appeals, and a second moderator decides. */
  appeal?: { statement: string; outcome: 'upheld' | 'rejected'; reason: string };
}

export interface DemoCrisis {
  community: CommunityKey;
  /** Minutes before the load's clock, and the text; more than the threshold's share are negative. */
  messages: Array<{ minutesAgo: number; text: string }>;
  statement: string;
  summary: string;
}

export interface DemoModeration {
  csv: string;
  reports: DemoReport[];
  sanctions: DemoSanction[];
  crisis: DemoCrisis;
}

const complaints = [
  '买的蛋白粉有异味,怀疑是假货,客服一直不回复',
  '质量问题这么严重还不退款,太坑了',
  '包装破损还漏了一地,售后态度差',
  '我也是,收到就发霉了,很失望',
  '已经投诉了,再不处理就去曝光',
  '同一批次都有问题,黑心商家',
  '客服敷衍,说好的退钱到现在没人管',
  '吃完肚子难受,担心是过期的',
  '这次真的后悔买了,差评',
  '问了三天都不回复,无语',
];
const chatter = ['今天练腿,打卡', '周末有团课吗', '新教练的课很不错', '有人一起夜跑吗', '早上好', '收到,谢谢群主'];

/** The moderation story for the demo's people; everyone named has a join in the community named. */
export function generateModeration(data: DemoData): DemoModeration {
  const random = mulberry32(data.seed + 12);
  // The sentinel joins last of all, after this story is loaded: it cannot be named here.
  const sentinel = sentinelJoin(data).person.index;
  const members = (community: CommunityKey) =>
    data.people.filter((person) => person.index !== sentinel && person.joins.some((join) => join.community === community)).map((person) => person.index);
  const pick = (from: number[]) => from.splice(Math.floor(random() * from.length), 1)[0]!;
  const pools: Record<CommunityKey, number[]> = { fitness: members('fitness'), tech: members('tech'), food: members('food') };
  const message = (n: number) => `demo-msg-${data.seed}-${n}`;

  const report = (n: number, community: CommunityKey, category: DemoReport['category'], detail: string, outcome: CaseOutcome): DemoReport => ({
    key: `demo-report-${data.seed}-${n}`,
    community,
    author: pick(pools[community]),
    reporter: pick(pools[community]),
    messageId: message(n),
    category,
    detail,
    outcome,
  });
  const reports = [
    report(1, 'fitness', 'ads', '群里发代购广告,还让加微信', 'reject'),
    report(2, 'tech', 'abuse', '骂人,说别人脑残', 'reject'),
    report(3, 'food', 'fraud', '推荐"稳赚不赔"的理财群', 'escalate'),
    report(4, 'food', 'spam', '同一条消息连发十几遍', 'claim'),
    report(5, 'tech', 'abuse', '语气冲,但没有人身攻击', 'approve'),
    report(6, 'fitness', 'spam', '疑似刷屏', 'wait'),
  ];
  // A second member reports the same ad: it joins the first report's case.
  reports.push({ ...reports[0]!, key: `demo-report-${data.seed}-7`, reporter: pick(pools.fitness), detail: '又在发广告', outcome: 'wait' });

  const sanctions: DemoSanction[] = [
    { key: `demo-sanction-${data.seed}-1`, community: 'fitness', person: reports[0]!.author, kind: 'warning', ruleId: 'MOD-02', reason: '群内发布代购广告', report: reports[0]!.key },
    {
      key: `demo-sanction-${data.seed}-2`,
      community: 'tech',
      person: reports[1]!.author,
      kind: 'mute',
      durationMinutes: 24 * 60,
      ruleId: 'MOD-03',
      reason: '对其他成员进行人身攻击',
      report: reports[1]!.key,
      appeal: { statement: '当时是在开玩笑,对方也是朋友,已经私下道歉了', outcome: 'upheld', reason: '双方确认是朋友间玩笑且已和解,解除禁言' },
    },
    { key: `demo-sanction-${data.seed}-3`, community: 'food', person: pick(pools.food), kind: 'warning', ruleId: 'MOD-01', reason: '一分钟内连续刷屏十余条' },
  ];

  const crisisMessages = Array.from({ length: 30 }, (_, index) => ({
    minutesAgo: 40 - index,
    text: index % 5 < 3 ? complaints[index % complaints.length]! : chatter[index % chatter.length]!,
  }));
  return {
    csv: watchedWordsCsv(),
    reports,
    sanctions,
    crisis: {
      community: 'fitness',
      messages: crisisMessages,
      statement: '各位会员,关于本批次蛋白粉的反馈我们已收到,已下架该批次并启动检测;购买该批次的会员可无条件退款,客服今天内逐一联系。',
      summary: '该批次运输中受潮;已下架、全额退款并更换仓储供应商,检测报告已在群内公布。',
    },
  };
}
