/**
 * Stand-ins Chinese chat uses to slip words past filters, by the simplified word they stand for:
 * initials, a letter for one character, homophones that are not words of their own. Homophones that
 * are ordinary words (威信 "prestige") are left out on purpose: they would flag clean text.
 */
export const commonAbbreviations: ReadonlyMap<string, readonly string[]> = new Map([
  ['微信', ['vx', 'wx', 'v信', 'w信', '薇信', '徽信', '威x']],
  ['二维码', ['ewm', 'qr码', '二v码']],
  ['支付宝', ['zfb']],
  ['赌博', ['du博', '赌b', '堵博']],
  ['色情', ['se情', '涩情', '瑟情']],
  ['裸聊', ['luo聊', '果聊']],
  ['傻逼', ['sb', '煞笔', '傻b', '沙比']],
  ['操你妈', ['cnm', '草泥马', '艹你妈']],
  ['他妈的', ['tmd']],
  ['你妈的', ['nmd']],
  ['代开发票', ['代开fp', 'dkfp']],
]);
