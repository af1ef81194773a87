import type { ContentPlatform } from '../content-item.values';

/** CNT-23/38: a tenant's tone rules, checked on every variant. */
export type StyleRule = { ruleId: string; message: string; platforms?: ContentPlatform[] } & (
  | { kind: 'forbidden_phrase'; phrase: string }
  | { kind: 'required_phrase'; phrase: string }
  | { kind: 'max_exclamation_marks'; max: number }
);

export interface StyleFlag {
  ruleId: string;
  message: string;
}

const exclamations = /[!！]/g;

function breaks(rule: StyleRule, text: string): boolean {
  switch (rule.kind) {
    case 'forbidden_phrase':
      return text.toLowerCase().includes(rule.phrase.toLowerCase());
    case 'required_phrase':
      return !text.toLowerCase().includes(rule.phrase.toLowerCase());
    case 'max_exclamation_marks':
      return (text.match(exclamations)?.length ?? 0) > rule.max;
  }
}

/** The rules a variant's title and text break on its platform. */
export function styleFlags(rules: readonly StyleRule[], platform: ContentPlatform, text: string): StyleFlag[] {
  return rules.filter((rule) => (!rule.platforms || rule.platforms.includes(platform)) && breaks(rule, text)).map(({ ruleId, message }) => ({ ruleId, message }));
}
