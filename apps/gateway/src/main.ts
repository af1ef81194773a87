import './instrumentation';
import { startService } from '@groundswell/service-kit';
import { gatewayCorsPolicy } from './cors/cors-policy';
import { GatewayGraphqlModule } from './gateway-graphql.module';
import { gatewayService } from './gateway.service';
import { SubgraphHealthModule } from './subgraph-health.module';

startService(gatewayService, { subgraph: false, features: [GatewayGraphqlModule, SubgraphHealthModule], cors: gatewayCorsPolicy });
