import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { WebhooksController } from './webhooks.controller';

@Module({ imports: [AuditModule], controllers: [WebhooksController] })
export class WebhooksModule {}
