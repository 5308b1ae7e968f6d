import * as z from 'zod/mini';
import { isoInstantSchema, listingSchema } from './listing';

/** A Listing plus the moment (UTC) the extension saw it. The history is a set of these. */
export const observationSchema = z.extend(listingSchema, { observedAt: isoInstantSchema });
export type Observation = z.infer<typeof observationSchema>;
