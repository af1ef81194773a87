import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Module, type INestApplication, type Provider, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ServiceRuntime, signIdentityHeader, type Identity } from '@groundswell/service-kit';
import { MembersContext } from '../members-context';

export interface ControllerTestApp {
  app: INestApplication;
  /** The controller's route on the listening server. */
  url: string;
  /** The identity header the gateway would send; signing with another secret forges one. */
  signed(identity: Identity, secret?: string): string;
}

/**
 * An HTTP controller as the members service runs it: real use cases and database, Express with the
 * service's JSON body parser, and internal identities checked against a secret of its own.
 */
export async function controllerTestApp(context: MembersContext, controller: Type, providers: Provider[], path: string): Promise<ControllerTestApp> {
  const secret = `controller-test-secret-${randomUUID()}`;
  @Module({
    controllers: [controller],
    providers: [
      ...providers,
      { provide: MembersContext, useValue: context },
      { provide: ServiceRuntime, useValue: { config: { INTERNAL_IDENTITY_SECRET: secret, INTERNAL_IDENTITY_MAX_AGE_MS: 60_000 } } },
    ],
  })
  class ControllerTestModule {}
  const app = await NestFactory.create<NestExpressApplication>(ControllerTestModule, { logger: false });
  app.useBodyParser('json', { limit: '4mb' });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}${path}`,
    signed: (identity, secretUsed = secret) => signIdentityHeader({ ...identity, iat: Date.now(), requestId: randomUUID() }, secretUsed),
  };
}
