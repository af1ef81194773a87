import { defineEvent } from '../contracts/define-event';
import { tagAssignmentChangeSchema } from './tags';

export const MemberUntaggedV1 = defineEvent({
  service: 'members',
  name: 'MemberUntagged',
  version: 1,
  description: 'A member no longer carries a tag.',
  schema: tagAssignmentChangeSchema,
});
