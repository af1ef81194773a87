import './instrumentation';
import { startService } from '@groundswell/service-kit';
import { membersApplication } from './members.app';
import { membersService } from './members.service';

startService(membersService, membersApplication);
