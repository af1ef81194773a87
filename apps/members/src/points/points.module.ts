import { Module } from '@nestjs/common';
import { CatalogueResolver } from './graphql/catalogue.resolver';
import { MemberPointsResolver } from './graphql/member-points.resolver';
import { PointsResolver } from './graphql/points.resolver';
import { ProgrammeResolver } from './graphql/programme.resolver';
import { PointsProgrammeUseCase } from './programme/points-programme.use-case';
import { ProgrammeQueries } from './programme/programme-queries';
import { BadgeUseCase } from '../badges/badge.use-case';
import { PointsQueries } from './points-queries';
import { AddCatalogueItemUseCase } from './use-cases/add-catalogue-item.use-case';
import { AdjustPointsUseCase } from './use-cases/adjust-points.use-case';
import { EarnPointsUseCase } from './use-cases/earn-points.use-case';
import { RedeemCatalogueItemUseCase } from './use-cases/redeem-catalogue-item.use-case';
import { RedeemPointsUseCase } from './use-cases/redeem-points.use-case';
import { RestockCatalogueItemUseCase } from './use-cases/restock-catalogue-item.use-case';
import { WithdrawCatalogueItemUseCase } from './use-cases/withdraw-catalogue-item.use-case';

/** Points accounts, the points programme (expiry, growth levels, badges), the redemption catalogue and redemptions. */
@Module({
  providers: [
    PointsQueries,
    ProgrammeQueries,
    PointsProgrammeUseCase,
    BadgeUseCase,
    ProgrammeResolver,
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
