import { Module } from '@nestjs/common';
import { CatalogueResolver } from './graphql/catalogue.resolver';
import { MemberPointsResolver } from './graphql/member-points.resolver';
import { PointsResolver } from './graphql/points.resolver';
import { PointsQueries } from './points-queries';
import { AddCatalogueItemUseCase } from './use-cases/add-catalogue-item.use-case';
import { AdjustPointsUseCase } from './use-cases/adjust-points.use-case';
import { EarnPointsUseCase } from './use-cases/earn-points.use-case';
import { RedeemCatalogueItemUseCase } from './use-cases/redeem-catalogue-item.use-case';
import { RedeemPointsUseCase } from './use-cases/redeem-points.use-case';
import { RestockCatalogueItemUseCase } from './use-cases/restock-catalogue-item.use-case';
import { WithdrawCatalogueItemUseCase } from './use-cases/withdraw-catalogue-item.use-case';

/** Points accounts, the redemption catalogue and redemptions. */
@Module({
  providers: [
    PointsQueries,
    EarnPointsUseCase,
    AdjustPointsUseCase,
    RedeemPointsUseCase,
    AddCatalogueItemUseCase,
    RestockCatalogueItemUseCase,
    WithdrawCatalogueItemUseCase,
    RedeemCatalogueItemUseCase,
    PointsResolver,
    CatalogueResolver,
    MemberPointsResolver,
  ],
})
export class PointsModule {}
