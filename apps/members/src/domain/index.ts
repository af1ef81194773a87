// The pure domain of the members service: deciders, policies and the one error type. No I/O.
export * from './member-domain.error';
export * from './shared/domain-event';
export * from './shared/stream-ids';

export * from './community/community.commands';
export * from './community/community.decider';
export * from './community/community.state';

export * from './member/member.commands';
export * from './member/member.decider';
export * from './member/member.state';
export * from './member/merge-members';
export * from './member/profile-values';

export * from './identity/normalise';
export * from './identity/phone-number';

export * from './lifecycle/lifecycle-rule-set';
export * from './lifecycle/evaluate-lifecycle';
export * from './lifecycle/target-stage';
export * from './lifecycle/demotion-cadence';
export * from './lifecycle/default-lifecycle-rules';
export * from './lifecycle/lifecycle-rules.decider';

export * from './points/points.commands';
export * from './points/points.decider';
export * from './points/points.state';
export * from './points/growth-levels';
export * from './points/expiry-policy';
export { balance, spendableBalance, type Lot } from './points/lots';

export * from './catalogue/catalogue-item.decider';
export * from './catalogue/catalogue-item.state';
export * from './redemption/decide-redemption';

export * from './tags/tag-definition.decider';
export * from './tags/member-tags.decider';
export { requireActiveMember } from './member/member-guards';
