import type { NormalisedText } from '../normalise/normalised-text';
import type { ScreeningContext } from '../screening-context';
import { combinedScore, type RiskAssessment, type RiskClassifier, type RiskSignal, type RiskSignalCode } from './risk-classifier';

export interface RuleBasedRiskOptions {
  /** MOD-01 flooding: this many messages by one member in one minute is flooding. */
  floodingMessagesPerMinute: number;
  weights: Record<RiskSignalCode, number>;
}

export const defaultRuleBasedRiskOptions: RuleBasedRiskOptions = {
  floodingMessagesPerMinute: 10,
  weights: { link: 0.4, phone_number: 0.35, wechat_id: 0.45, qr_code_hint: 0.3, repeated_characters: 0.25, flooding: 0.5 },
};

const link = /(?:https?:\/\/|www\.)[^\s]+|\b[a-z0-9-]+\.(?:com|cn|net|org|top|xyz|io|cc|vip|shop|club|me|info|link)\b/i;
// Mainland mobile numbers, also written in groups (138 1234 5678, 138-1234-5678).
const phoneNumber = /(?<!\d)1[3-9]\d(?:[\s-]?\d){8}(?!\d)/;
const wechatId = /(?:wxid_[a-z0-9]{4,})|(?:微信号?|vx|wx|v信|weixin|wechat)\s*(?:号)?\s*[:：]?\s*([a-z][-_a-z0-9]{5,19})/i;
// Read on the normalised text, so 二 维 码 and 二維碼 count too.
const qrCodeHint = /二维码|扫码|扫一扫|加我|私聊我|进群|加群/;
const repeatedCharacter = /(\S)\1{5,}/u;
const repeatedChunk = /(\S{2,4})\1{3,}/u;

/**
 * The shipped classifier: spam and contact-harvesting patterns seen in Chinese community chats, and
 * the flooding rate the caller counted. Each rule that fires adds a signal; see `combinedScore`.
 */
export class RuleBasedRiskClassifier implements RiskClassifier {
  constructor(private readonly options: RuleBasedRiskOptions = defaultRuleBasedRiskOptions) {}

  assess(text: NormalisedText, context: ScreeningContext): RiskAssessment {
    const signals: RiskSignal[] = [];
    const add = (code: RiskSignalCode, evidence: string | undefined) => {
      if (evidence !== undefined) signals.push({ code, weight: this.options.weights[code], evidence });
    };
    // Full-width digits and letters read as ASCII here; separators stay, since they delimit numbers and links.
    const readable = text.original.normalize('NFKC');
    add('link', link.exec(readable)?.[0]);
    add('phone_number', phoneNumber.exec(readable)?.[0]);
    add('wechat_id', wechatId.exec(readable)?.[0]);
    add('qr_code_hint', qrCodeHint.exec(text.text)?.[0]);
    add('repeated_characters', (repeatedCharacter.exec(readable) ?? repeatedChunk.exec(readable))?.[0]);
    const sent = context.memberMessagesLastMinute ?? 0;
    if (sent >= this.options.floodingMessagesPerMinute) add('flooding', `${sent} 条/分钟`);
    return { score: combinedScore(signals), signals };
  }
}
