import { z } from 'zod';

/** Where a community lives. Adding a platform is additive; removing one is breaking. */
export const platformSchema = z
  .enum(['wechat', 'wecom', 'weibo', 'douyin', 'xiaohongshu', 'qq', 'discord', 'app'])
  .describe('Platform the community lives on; `app` is the brand’s own app');

export type Platform = z.infer<typeof platformSchema>;
