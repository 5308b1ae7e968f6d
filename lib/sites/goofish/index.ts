/** goofish.com (Xianyu): the adapter and the pieces the content script wires by hand. */
import { buildPage } from '../read-page';
import type { PageRead } from '../types';
import { readMtopRaw } from './api';

export { goofishAdapter } from './adapter';
export { mtopApiOf, readMtopRaw } from './api';
export { mergeRawApi } from './merge';
export { goofishReader } from './reader';

/** Read and interpret an mtop response (the command line's `page <file.json>`). */
export function readMtopResponse(json: unknown, url: URL): PageRead {
  return buildPage(readMtopRaw(json, url));
}
