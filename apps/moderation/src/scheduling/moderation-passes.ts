import type { ScheduledPass } from '@groundswell/event-store';
import type { CheckCrisisSlasUseCase } from '../crisis/use-cases/check-crisis-slas.use-case';
import type { ExpireDueMutesUseCase } from '../sanctions/use-cases/expire-due-mutes.use-case';

/** The work no request triggers: mutes end when their time is up (MOD-12), unanswered alerts breach their SLA (MOD-34). */
export function moderationPasses(expireDueMutes: ExpireDueMutesUseCase, checkCrisisSlas: CheckCrisisSlasUseCase): ScheduledPass[] {
  return [
    { name: 'moderation-mute-expiry', run: (_pool, at) => expireDueMutes.execute(at) },
    { name: 'moderation-crisis-sla', run: async (_pool, at) => (await checkCrisisSlas.execute(at)).length },
  ];
}
