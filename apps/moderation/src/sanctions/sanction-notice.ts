import type { SanctionKind } from '@groundswell/events';

const kindNames: Record<SanctionKind, string> = { warning: '警告', delete_content: '删除内容', mute: '禁言', remove: '移出社群', ban: '封禁' };

const beijingTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function durationInChinese(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `${minutes / (24 * 60)} 天`;
  if (minutes % 60 === 0) return `${minutes / 60} 小时`;
  return `${minutes} 分钟`;
}

function consequence(kind: SanctionKind, durationMinutes?: number, expiresAt?: Date): string {
  switch (kind) {
    case 'warning':
      return '本次为警告，请遵守社群规范。';
    case 'delete_content':
      return '您发布的相关内容已被删除。';
    case 'mute':
      return `您已被禁言 ${durationInChinese(durationMinutes!)}，将于 ${beijingTime.format(expiresAt!)}（北京时间）自动解除。`;
    case 'remove':
      return '您已被移出本社群。';
    case 'ban':
      return '您的账号已被封禁，无法再加入本品牌的任何社群。';
  }
}

export interface NoticeFacts {
  kind: SanctionKind;
  ruleId: string;
  reason: string;
  durationMinutes?: number;
  expiresAt?: Date;
  escalation?: { ofKind: SanctionKind; afterCount: number; withinDays: number };
}

/** What the member is told (MOD-14): the rule, the reason, the consequence, and that they may appeal. */
export function sanctionNotice(facts: NoticeFacts): string {
  const cause = facts.escalation
    ? `您在 ${facts.escalation.withinDays} 天内累计受到 ${facts.escalation.afterCount} 次${kindNames[facts.escalation.ofKind]}。`
    : `您的行为违反了社群规则「${facts.ruleId}」：${facts.reason}。`;
  return `【社群管理通知】${cause}${consequence(facts.kind, facts.durationMinutes, facts.expiresAt)}如有异议，可提出申诉，将由其他管理员复核。`;
}
