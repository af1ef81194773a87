import { Injectable } from '@nestjs/common';
import { RuleBasedRiskClassifier } from './classifier/rule-based-risk-classifier';
import { CompiledListCache } from './compiled-list.cache';
import { screen, type ScreeningResult } from './screen';
import type { ScreeningContext } from './screening-context';
import { ScreeningError } from './screening.error';

/** Longer than any chat message or post body the platforms allow; screening a novel is not the job. */
export const MAX_SCREENED_TEXT_LENGTH = 20_000;

/** What a text would trigger against the tenant's current list, and why. Decides nothing and records nothing. */
@Injectable()
export class ScreenTextUseCase {
  private readonly classifier = new RuleBasedRiskClassifier();

  constructor(private readonly lists: CompiledListCache) {}

  async execute(tenantId: string, text: string, context: ScreeningContext): Promise<ScreeningResult> {
    if (text.trim() === '') throw new ScreeningError('TEXT_EMPTY', '请提供要检测的文字');
    if (text.length > MAX_SCREENED_TEXT_LENGTH) {
      throw new ScreeningError('TEXT_TOO_LONG', `一次最多检测 ${MAX_SCREENED_TEXT_LENGTH} 个字符`, { maxLength: MAX_SCREENED_TEXT_LENGTH });
    }
    const count = context.memberMessagesLastMinute;
    if (count !== undefined && (!Number.isInteger(count) || count < 0)) {
      throw new ScreeningError('MESSAGE_COUNT_INVALID', 'memberMessagesLastMinute must be a whole number, 0 or more');
    }
    return screen(text, await this.lists.current(tenantId, context.communityId), this.classifier, context);
  }
}
