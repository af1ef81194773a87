import { defineEvent } from '../contracts/define-event';
import { tagAssignmentChangeSchema } from './tags';

export const MemberTaggedV1 = defineEvent({
  service: 'members',
  name: 'MemberTagged',
  version: 1,
  description: 'A member now carries a tag.',
  schema: tagAssignmentChangeSchema,
});
