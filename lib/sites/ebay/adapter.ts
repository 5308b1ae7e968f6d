import { adapterFrom } from '../adapter-from';
import { ebayReader } from './reader';

/** The eBay adapter: the reader plus interpretation (command line, tests, background). */
export const ebayAdapter = adapterFrom(ebayReader);
