import './instrumentation';
import { startService } from '@groundswell/service-kit';
import { accessApplication } from './access.app';
import { accessService } from './access.service';

startService(accessService, accessApplication);
