import './instrumentation';
import { startService } from '@groundswell/service-kit';
import { moderationApplication } from './moderation.app';
import { moderationService } from './moderation.service';

startService(moderationService, moderationApplication);
