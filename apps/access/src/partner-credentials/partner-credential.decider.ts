import type { Decider } from '@groundswell/event-store';
import type { PartnerAccessScope } from './partner-access-scope';
import { PartnerCredentialError } from './partner-credential.error';
import { partnerCredentialEventTypes, type PartnerCredentialEvent } from './partner-credential.events';

export interface IssuePartnerCredential {
  type: 'IssuePartnerCredential';
  credentialId: string;
  partner: string;
  scope: PartnerAccessScope;
  by: string;
}

export interface RevokePartnerCredential {
  type: 'RevokePartnerCredential';
  credentialId: string;
  by: string;
}

export type PartnerCredentialCommand = IssuePartnerCredential | RevokePartnerCredential;

export type PartnerCredentialState = { status: 'none' } | { status: 'active' | 'revoked'; username: string };

function issue(command: IssuePartnerCredential, state: PartnerCredentialState): PartnerCredentialEvent[] {
  if (state.status !== 'none') throw new PartnerCredentialError('CREDENTIAL_EXISTS', 'This partner credential exists already', { credentialId: command.credentialId });
  return [
    {
      type: partnerCredentialEventTypes.issued,
      data: {
        credentialId: command.credentialId,
        partner: command.partner,
        username: command.scope.username,
        mechanism: 'SCRAM-SHA-512',
        topicPrefix: command.scope.topicPrefix,
        groupPrefix: command.scope.groupPrefix,
        issuedBy: command.by,
      },
    },
  ];
}

function revoke(command: RevokePartnerCredential, state: PartnerCredentialState): PartnerCredentialEvent[] {
  if (state.status === 'none') throw new PartnerCredentialError('CREDENTIAL_NOT_FOUND', 'No such partner credential', { credentialId: command.credentialId });
  // A retried revocation finds it revoked already: nothing more to record.
  if (state.status === 'revoked') return [];
  return [{ type: partnerCredentialEventTypes.revoked, data: { credentialId: command.credentialId, revokedBy: command.by } }];
}

export const partnerCredentialDecider: Decider<PartnerCredentialCommand, PartnerCredentialEvent, PartnerCredentialState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'IssuePartnerCredential' ? issue(command, state) : revoke(command, state)),
  evolve: (state, event) =>
    event.type === partnerCredentialEventTypes.issued
      ? { status: 'active', username: event.data.username }
      : { status: 'revoked', username: state.status === 'none' ? '' : state.username },
};
