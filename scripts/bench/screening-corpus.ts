import type { WatchedWord, WatchedWordAction, WatchedWordCategory } from '../../apps/moderation/src/watched-words/watched-word';

// Deterministic without a random generator: item n of a list, wrapping around.
const nth = <T>(items: readonly T[], n: number): T => items[n % items.length]!;

const cores: Record<WatchedWordCategory, readonly string[]> = {
  ads: ['微信', '加群', '代理', '招商', '引流', '刷粉', '推广', '兼职', '日结', '返利', '优惠券', '免费领', '低价', '秒杀', '团购', '拼单', '淘宝', '二维码'],
  fraud: ['代开发票', '刷单', '赌博', '博彩', '套现', '贷款', '网贷', '洗钱', '中奖', '投资', '理财', '内幕', '高回报', '稳赚', '杀猪盘', '裸聊', '彩票', '网赌'],
  abuse: ['傻逼', '垃圾', '废物', '滚蛋', '白痴', '脑残', '去死', '混蛋', '贱人', '畜生', '人渣', '恶心'],
  politics: ['游行', '集会', '翻墙', '敏感事件', '维权', '上访', '暴乱', '示威'],
  custom: ['竞品', '假货', '退钱', '投诉', '曝光', '差评', '维权群', '黑幕'],
};
const prefixes = ['', '加', '找', '免费', '专业', '正规', '高额', '低息', '秒批', '私人', '官方', '内部', '限时', '独家', '国际', '线上'];
const suffixes = ['', '平台', '群', '号', '渠道', '网站', '中介', '团队', '客服', '软件', '链接', '老师', '大神', '资源', '代理', '项目'];
const latin = ['fuck', 'shit', 'bitch', 'asshole', 'dick', 'bastard', 'scam', 'casino', 'porn', 'viagra'];
const categories = Object.keys(cores) as WatchedWordCategory[];
const actions: WatchedWordAction[] = [
  { type: 'censor' },
  { type: 'censor' },
  { type: 'block' },
  { type: 'require_approval' },
  { type: 'flag' },
  { type: 'replace', replacement: '**' },
  { type: 'tag', tagKey: 'ads' },
  { type: 'silence', sanction: { kind: 'mute', durationMinutes: 60 } },
];

/** `size` distinct entries shaped like a real tenant's list: phrases around core words, some Latin, a few wildcards. */
export function generateWatchedList(size: number): WatchedWord[] {
  const patterns = new Set<string>();
  const entries: WatchedWord[] = [];
  for (let n = 0; entries.length < size; n++) {
    if (n > size * 20) throw new Error(`only ${entries.length} distinct patterns can be generated`);
    // n read as mixed-radix digits (prefix, suffix, then category and core), so no combination repeats.
    const rest = Math.floor(n / (prefixes.length * suffixes.length));
    const category = nth(categories, rest);
    const core = nth(cores[category], Math.floor(rest / categories.length));
    const shape = n % 100;
    const pattern =
      shape < 3
        ? `${nth(latin, n)}${n}`
        : shape < 5
          ? `${core}*${nth(suffixes.slice(1), n)}`
          : `${nth(prefixes, n)}${core}${nth(suffixes, Math.floor(n / prefixes.length))}${shape > 60 ? nth(suffixes, Math.floor(rest / 90)) : ''}`;
    if (patterns.has(pattern)) continue;
    patterns.add(pattern);
    entries.push({
      entryId: `bench-${entries.length}`,
      pattern,
      action: nth(actions, n * 3),
      category,
      severity: nth(['low', 'medium', 'high', 'critical'] as const, n * 5),
      options: { wholeWord: true, matchPinyin: n % 20 === 7, matchAbbreviations: n % 20 === 13 },
    });
  }
  // The words people actually try to sneak past, with every spelling on.
  for (const [index, pattern] of ['微信', '赌博', '代开发票', '傻逼', 'fuck'].entries()) {
    entries[index] = { ...entries[index]!, pattern, options: { wholeWord: true, matchPinyin: true, matchAbbreviations: true } };
  }
  return entries;
}

const openers = ['大家好', '群主好', '各位姐妹', '打卡', '请问', '有没有人知道', '刚刚', '今天', '早上好', '晚安', '哈哈哈', '说真的'];
const bodies = [
  '今天的训练完成了，深蹲五组，感觉腿已经不是自己的了',
  '这家店的火锅真的绝了，排队一个小时也值得',
  '新版本的接口文档在哪里可以看到？',
  '周末的活动几点开始，需要带什么东西吗',
  '坚持跑步第三十天，体重终于降了五斤',
  '这个优惠活动什么时候结束，我还没来得及下单',
  '孩子最近不爱吃饭，大家有什么好办法吗',
  '刚下班，路上堵了一个多小时，累死了',
  '推荐一本书《置身事内》，讲地方财政的，很好读',
  '有人一起组队参加下个月的马拉松吗',
  '这道菜的做法能分享一下吗，看着太香了',
  '我们小区楼下新开了一家面包店，味道一般般',
  '代码写完了但是测试一直过不了，头大',
  '昨天的直播错过了，有回放吗',
  '谢谢大家的建议，已经解决了！',
];
const spam = ['加我微信领红包', '加 微 信 送资料', '赌博平台稳赚不赔', '代开发票找我', '专业刷单日结', '私聊vx了解更多', '扫码进群免费领', 'wei信 abc123456', '你是傻 逼吗', '正规贷款秒批'];
const closers = ['', '！', '～', '😂', '👍', '🙏🏻', '谢谢', '[捂脸]', '。。。', '?'];

/** Chat messages as a community writes them: mostly clean, one in ten with something on the list, some emoji. */
export function generateMessages(count: number): string[] {
  return Array.from({ length: count }, (_, n) => {
    const rest = Math.floor(n / openers.length);
    const closing = Math.floor(rest / bodies.length);
    const body = n % 10 === 3 ? nth(spam, rest) : nth(bodies, rest);
    const extra = closing % 3 === 0 ? `，${nth(bodies, n + closing)}` : '';
    return `${nth(openers, n)}，${body}${extra}${nth(closers, closing)}`;
  });
}
