import { ArgsType, Field, Int } from '@nestjs/graphql';
import { RequestError } from '../../errors/app-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (a previous page\'s `endCursor`).' })
  after?: string;
}

export function pageSize(first: number | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new RequestError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}`, { first: size });
  }
  return size;
}
