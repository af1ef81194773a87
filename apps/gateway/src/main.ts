import './instrumentation';
import { startService } from '@groundswell/service-kit';
import { gatewayCorsPolicy } from './cors/cors-policy';
import { GatewayGraphqlModule } from './gateway-graphql.module';
import { gatewayService } from './gateway.service';
import { OverloadModule } from './overload/overload.module';
import { SubgraphHealthModule } from './subgraph-health.module';

startService(gatewayService, { features: [OverloadModule, GatewayGraphqlModule, SubgraphHealthModule], cors: gatewayCorsPolicy });
