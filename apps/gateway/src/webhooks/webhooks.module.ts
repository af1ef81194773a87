import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ActivityWebhookController } from './activity-webhook.controller';

@Module({ imports: [AuditModule], controllers: [ActivityWebhookController] })
export class WebhooksModule {}
