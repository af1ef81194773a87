import './instrumentation';
import { startService } from '@groundswell/service-kit';
import { analyticsApplication } from './analytics.app';
import { analyticsService } from './analytics.service';

startService(analyticsService, analyticsApplication);
