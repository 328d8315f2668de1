/** The Zod schema of an epoch (./epoch.ts), for the stored-data schemas. */
import { z } from 'zod/mini';

export const epochSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]{1,40}$/, { error: 'must be letters and digits' })),
  at: z.iso.datetime({ offset: true, error: 'must be a date and time' }),
});
