import { adapterFrom } from '../adapter-from';
import { goofishReader } from './reader';

/** The goofish adapter: the reader plus interpretation (command line, tests, background). */
export const goofishAdapter = adapterFrom(goofishReader);
