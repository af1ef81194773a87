import './instrumentation';
import { startService } from '@groundswell/service-kit';
import { campaignsApplication } from './campaigns.app';
import { campaignsService } from './campaigns.service';

startService(campaignsService, campaignsApplication);
