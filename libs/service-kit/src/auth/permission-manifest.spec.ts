import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { collectPermissionManifest } from './permission-manifest';
import { RequirePermissions } from './require-permissions.decorator';

@Resolver()
@RequirePermissions('members:read')
class ProfileResolver {
  @Query(() => String, { name: 'memberProfile' })
  profile(@Args('id') id: string): string {
    return id;
  }

  @Mutation(() => String)
  @RequirePermissions('members:manage', 'members:read-personal')
  renameMember(): string {
    return '';
  }

  @ResolveField(() => String)
  @RequirePermissions('members:read-personal')
  phone(): string {
    return '';
  }
}

@Resolver()
class StatusResolver {
  @Query(() => String)
  status(): string {
    return 'ok';
  }
}

class NotAResolver {
  helper(): string {
    return '';
  }
}

@Module({ providers: [ProfileResolver, StatusResolver, NotAResolver] })
class ResolversModule {}

describe(collectPermissionManifest.name, () => {
  it('should list each root field under its schema name with its method\'s or else its class\'s permissions, and nothing else', async () => {
    const app = await NestFactory.createApplicationContext(ResolversModule, { logger: false });
    try {
      expect(collectPermissionManifest(app)).toEqual({
        Query: { memberProfile: ['members:read'], status: [] },
        Mutation: { renameMember: ['members:manage', 'members:read-personal'] },
      });
    } finally {
      await app.close();
    }
  });
});
