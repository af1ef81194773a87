import { z } from 'zod';

/** Coarse bands only: an exact birth date is never needed for community operations. */
export const ageBandSchema = z
  .enum(['under_18', '18_24', '25_34', '35_44', '45_54', '55_64', '65_plus'])
  .describe('Age band');

export const genderSchema = z.enum(['female', 'male', 'other', 'undisclosed']).describe('Gender');

export type AgeBand = z.infer<typeof ageBandSchema>;
export type Gender = z.infer<typeof genderSchema>;
