import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import { ServiceRuntime, type ServiceConfig } from '@groundswell/service-kit';
import type { Response } from 'express';
import { explorerAssets, explorerScript } from './explorer-assets';
import { explorerPage } from './explorer-page';

/** The explorer is for developers: off in production, like introspection. */
export const explorerEnabled = (config: Pick<ServiceConfig, 'NODE_ENV'>): boolean => config.NODE_ENV !== 'production';

/** `GET /explorer`: GraphiQL on this gateway, from local npm packages only. */
@Controller('explorer')
export class ExplorerController {
  private readonly enabled: boolean;

  constructor(runtime: ServiceRuntime) {
    this.enabled = explorerEnabled(runtime.config);
  }

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    this.requireEnabled();
    return explorerPage();
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Res() response: Response): void {
    this.requireEnabled();
    if (name === 'explorer.js') {
      response.type('text/javascript; charset=utf-8').send(explorerScript);
      return;
    }
    const asset = Object.hasOwn(explorerAssets, name) ? explorerAssets[name] : undefined;
    if (!asset) throw new NotFoundException({ code: 'EXPLORER_ASSET_NOT_FOUND', message: `No explorer asset "${name}"` });
    response.setHeader('cache-control', 'public, max-age=3600');
    response.type(asset.contentType).sendFile(asset.file);
  }

  private requireEnabled(): void {
    if (!this.enabled) throw new NotFoundException({ code: 'EXPLORER_DISABLED', message: 'The GraphQL explorer is off in production' });
  }
}
