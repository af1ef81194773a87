import { readFileSync } from 'node:fs';
import { composeSupergraph, printSubgraphSdl, type ServiceApplicationOptions, type ServiceDefinition } from '@groundswell/service-kit';
import { analyticsApplication } from '../../analytics/src/analytics.app';
import { analyticsService } from '../../analytics/src/analytics.service';
import { campaignsApplication } from '../../campaigns/src/campaigns.app';
import { campaignsService } from '../../campaigns/src/campaigns.service';
import { contentApplication } from '../../content/src/content.app';
import { contentService } from '../../content/src/content.service';
import { membersApplication } from '../../members/src/members.app';
import { membersService } from '../../members/src/members.service';
import { moderationApplication } from '../../moderation/src/moderation.app';
import { moderationService } from '../../moderation/src/moderation.service';
import { subgraphs, supergraphFile } from './subgraph-list';

const applications: Record<string, [ServiceDefinition, ServiceApplicationOptions]> = {
  members: [membersService, membersApplication],
  content: [contentService, contentApplication],
  campaigns: [campaignsService, campaignsApplication],
  moderation: [moderationService, moderationApplication],
  analytics: [analyticsService, analyticsApplication],
};

describe('supergraph', () => {
  it('should equal a fresh composition of the five subgraphs (run `npm run supergraph` when this fails)', async () => {
    const sdls = [];
    for (const subgraph of subgraphs) {
      const [definition, options] = applications[subgraph.name];
      sdls.push({ ...subgraph, sdl: await printSubgraphSdl(definition, options) });
    }
    expect(readFileSync(supergraphFile, 'utf8')).toBe(composeSupergraph(sdls));
  });

  it('should give every subgraph its own status query', async () => {
    const [definition, options] = applications.members;
    const sdl = await printSubgraphSdl(definition, options);
    expect(sdl).toMatch(/membersStatus: ServiceStatus!/);
    expect(sdl).not.toMatch(/contentStatus/);
  });
});
