import { applyDecorators, Injectable, SetMetadata, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Observable } from 'rxjs';
import { identityOf } from '@groundswell/service-kit';
import { KnownParties, type PartyRefs } from './known-parties';

/** Reads, from an operation's arguments, the communities and members it names. */
export type PartyReferencesOf = (args: Record<string, any>) => PartyRefs;

const PARTY_REFERENCES = Symbol('party-references');

@Injectable()
export class KnownPartiesInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly parties: KnownParties,
  ) {}

  async intercept(execution: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const referencesOf = this.reflector.get<PartyReferencesOf | undefined>(PARTY_REFERENCES, execution.getHandler());
    if (referencesOf) await this.parties.require(identityOf(execution).tenant, referencesOf(GqlExecutionContext.create(execution).getArgs()));
    return next.handle();
  }
}

/**
 * On a mutation whose arguments name communities or members: each must be one the caller's tenant
 * has (as moderation heard from the members service), or the mutation answers NOT_FOUND before it
 * runs, so nothing moderation records points at another tenant's community or member. Runs after
 * the permission check. The feature's module imports KnownPartiesModule.
 */
export const ReferencesParties = (referencesOf: PartyReferencesOf) =>
  applyDecorators(SetMetadata(PARTY_REFERENCES, referencesOf), UseInterceptors(KnownPartiesInterceptor));
