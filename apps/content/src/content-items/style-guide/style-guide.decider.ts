import type { Decider } from '@groundswell/event-store';
import { z } from 'zod';
import { ContentItemError } from '../content-item.error';
import { contentPlatforms } from '../content-item.values';
import type { StyleRule } from './style-rules';

// The tenant's style guide (CNT-23/38) stays in the content service: nothing outside reacts to it.
export const styleGuideSetType = 'groundswell.content.ContentStyleGuideSet.v1';
export type StyleGuideSet = { type: typeof styleGuideSetType; data: { rules: StyleRule[]; setBy: string } };
export type SetStyleGuide = { type: 'SetStyleGuide'; rules: StyleRule[]; by: string };

const common = { ruleId: z.string().trim().min(1).max(100), message: z.string().trim().min(1).max(500), platforms: z.array(z.enum(contentPlatforms)).min(1).optional() };
const phrase = z.string().trim().min(1).max(100);
const rules = z
  .array(
    z.discriminatedUnion('kind', [
      z.strictObject({ ...common, kind: z.literal('forbidden_phrase'), phrase }),
      z.strictObject({ ...common, kind: z.literal('required_phrase'), phrase }),
      z.strictObject({ ...common, kind: z.literal('max_exclamation_marks'), max: z.int().min(0).max(100) }),
    ]),
  )
  .max(200)
  .refine((list) => new Set(list.map((rule) => rule.ruleId)).size === list.length, 'rule ids must be unique');

export const styleGuideStream = { streamId: 'content-style-guide', streamType: 'content-style-guide' };

export const styleGuideDecider: Decider<SetStyleGuide, StyleGuideSet, { rules: StyleRule[] }> = {
  initialState: () => ({ rules: [] }),
  decide(command) {
    const parsed = rules.safeParse(command.rules);
    if (!parsed.success) throw new ContentItemError('STYLE_RULES_INVALID', `The style rules are not valid: ${z.prettifyError(parsed.error)}`);
    return [{ type: styleGuideSetType, data: { rules: parsed.data as StyleRule[], setBy: command.by } }];
  },
  evolve: (_state, event) => ({ rules: event.data.rules }),
};
