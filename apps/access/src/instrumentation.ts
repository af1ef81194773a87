import { startTelemetry } from '@groundswell/service-kit/telemetry';

startTelemetry('access');
