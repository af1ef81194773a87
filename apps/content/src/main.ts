import './instrumentation';
import { startService } from '@groundswell/service-kit';
import { contentApplication } from './content.app';
import { contentService } from './content.service';

startService(contentService, contentApplication);
