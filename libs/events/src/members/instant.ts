import { z } from 'zod';

/** An instant in UTC, ISO 8601 with `Z`, e.g. `2025-03-01T08:30:00.000Z`. */
export const instantSchema = z.iso.datetime();
