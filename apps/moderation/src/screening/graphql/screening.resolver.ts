import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, RequirePermissions, type Identity } from '@groundswell/service-kit';
import type { ScreeningResult } from '../screen';
import { ScreenTextUseCase } from '../screen-text.use-case';
import { ScreeningReport, ScreenTextInput } from './screening.types';

function report(result: ScreeningResult): ScreeningReport {
  return {
    verdict: result.verdict,
    censoredText: result.censoredText,
    listVersion: result.listVersion,
    riskScore: result.risk.score,
    riskSignals: result.risk.signals,
    matches: result.matches.map(({ entry, kind, start, end, text }) => ({
      watchedWordId: entry.entryId,
      pattern: entry.pattern,
      action: entry.action.type,
      category: entry.category,
      severity: entry.severity,
      spelling: kind,
      start,
      end,
      text,
    })),
    flagged: result.flagged,
    tags: result.tags,
    sanctions: result.sanctions.map(({ entryId, sanction }) => ({ watchedWordId: entryId, sanction })),
  };
}

@Resolver()
export class ScreeningResolver {
  constructor(private readonly screenTextUseCase: ScreenTextUseCase) {}

  @Query(() => ScreeningReport, { description: 'What a text would trigger against your current watched words, and why; records nothing' })
  @RequirePermissions('moderation:review')
  async screenText(@CurrentIdentity() identity: Identity, @Args('input') input: ScreenTextInput): Promise<ScreeningReport> {
    const { text, ...context } = input;
    return report(await this.screenTextUseCase.execute(identity.tenant, text, context));
  }
}
